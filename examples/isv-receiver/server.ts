import { parseArgs } from 'node:util';
import { startReceiver } from './receiver.js';

// npx tsx examples/isv-receiver/server.ts --port 3999 --secret demo-spi-secret-0123456789
const { values } = parseArgs({ options: { port: { type: 'string' }, secret: { type: 'string' }, host: { type: 'string' } } });
const port = Number(values.port ?? process.env.PORT ?? 3999);
const secret = values.secret ?? process.env.SPI_SECRET;
if (!secret || !Number.isInteger(port)) {
  console.error('usage: tsx examples/isv-receiver/server.ts --port 3999 --secret <spi secret>  (or PORT / SPI_SECRET)');
  process.exit(2);
}
const r = await startReceiver({ port, secret, ...(values.host ? { host: values.host } : {}) });
console.log(`[isv-receiver] listening on ${r.url} — SPI endpoint ${r.spiUrl}, SSO ${r.url}/sso, log ${r.url}/requests`);
const stop = () => void r.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
