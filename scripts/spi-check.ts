// npm run spi:check -- URL SECRET — conformance check of a seller's SPI endpoint (HMAC mode).
import { formatResults, runSpiCheck } from '../apps/server/src/modules/provisioning/spi-conformance.js';

const [url, secret] = process.argv.slice(2);
if (!url || !secret || !/^https?:\/\//.test(url)) {
  console.error('usage: npm run spi:check -- <SPI endpoint URL> <secret>');
  process.exit(2);
}
const results = await runSpiCheck(url, secret);
console.log(formatResults(results));
process.exit(results.every((r) => r.ok) ? 0 : 1);
