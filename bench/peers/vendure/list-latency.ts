// The order-list figures both sides report: p50/p95 of sequential requests (one browser, no
// queueing behind others) after a few warm-up ones, and req/s under 10 connections.
import autocannon from 'autocannon';

export interface ListFigures {
  p50: number;
  p95: number;
  reqPerSec: number;
  p97_5: number;
  total: number;
}

export interface ListRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** the filter's match count from the answer, to check both sides select alike */
  totalOf: (json: unknown) => number;
}

export async function measureList(r: ListRequest, opts: { sequential: number; warmup: number; connections: number; seconds: number }): Promise<ListFigures> {
  const once = async (): Promise<unknown> => {
    const res = await fetch(r.url, { method: r.method, headers: r.headers, body: r.body });
    const json: unknown = await res.json();
    if (res.status !== 200 || JSON.stringify(json).includes('"errors"')) throw new Error(`list answered ${res.status}: ${JSON.stringify(json).slice(0, 300)}`);
    return json;
  };
  let total = 0;
  for (let i = 0; i < opts.warmup; i++) total = r.totalOf(await once());
  const times: number[] = [];
  for (let i = 0; i < opts.sequential; i++) {
    const t0 = performance.now();
    await once();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? 0;
  const load = await autocannon({ url: r.url, method: r.method, headers: r.headers, body: r.body, connections: opts.connections, duration: opts.seconds });
  if (load.non2xx > 0 || load.errors > 0) throw new Error(`list under load: ${load.non2xx} non-2xx, ${load.errors} errors`);
  return { p50: at(0.5), p95: at(0.95), reqPerSec: load.requests.average, p97_5: load.latency.p97_5, total };
}
