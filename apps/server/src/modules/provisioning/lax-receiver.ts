// Test helper (not a test file): an endpoint that checks nothing and answers what it is told.
import { createServer } from 'node:http';

export interface LaxReceiver {
  url: string;
  close(): Promise<void>;
}

/** `reply` may be async: the answer waits for it (a test acts while the call is in flight). */
export async function startLaxReceiver(reply: (body: { action?: string }) => unknown): Promise<LaxReceiver> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: { action?: string } = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { action?: string };
      } catch {
        // form-encoded or empty: answer anyway
      }
      void Promise.resolve(reply(body)).then((answer) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = addr && typeof addr === 'object' ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}/spi`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
