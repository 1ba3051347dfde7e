import { createHash } from 'node:crypto';
import { createServer } from 'node:http';

/** Where the demo SaaS product's SPI endpoint lives once seeded (examples/isv-receiver serves it). */
export const DEMO_SPI = { url: 'http://127.0.0.1:3999/spi', secret: 'demo-spi-secret-0123456789', mode: 'hmac' } as const;
const APP_BASE = 'http://127.0.0.1:3999';

export interface DemoIsvEndpoint {
  url: string;
  close(): Promise<void>;
}

/**
 * The demo ISV's system while the demo is made. Without an endpoint that answers, a SaaS
 * instance stays 开通中 (opening) and its createInstance call fails and retries until it
 * gives up ("SPI endpoint not configured", or connection refused at 127.0.0.1:3999 when
 * examples/isv-receiver is not running), which is no demo. So the marketplace's SPI calls reach this over
 * HTTP like any seller's endpoint, and it answers as examples/isv-receiver does (an instance
 * id and the app's sign-on details), so the seeded instances carry what a real opening
 * leaves. Ids derive from the request id: the same story gives the same instances.
 */
export async function startDemoIsvEndpoint(): Promise<DemoIsvEndpoint> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: { action?: unknown; requestId?: unknown } = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
      } catch {
        // an unreadable request still gets a plain success: this endpoint is a stand-in
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      if (body.action !== 'createInstance') return void res.end(JSON.stringify({ success: true }));
      const hash = createHash('sha256').update(String(body.requestId)).digest('hex');
      const instanceId = `isv-${hash.slice(0, 12)}`;
      res.end(
        JSON.stringify({
          instanceId,
          appInfo: { frontEndUrl: `${APP_BASE}/app/${instanceId}`, ssoUrl: `${APP_BASE}/sso`, username: 'admin', password: `Cs#${hash.slice(12, 20)}` },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = addr && typeof addr === 'object' ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}/spi`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
