import { randomBytes } from 'node:crypto';
import { systemClock } from '../../platform/clock.js';
import { judge, postPrepared, prepareSpiRequest, type PreparedRequest } from './spi-client.js';
import { createInstanceReplySchema, type SpiRequest, type SpiRequestAction } from './spi-protocol.js';

/**
 * Conformance checks of a seller's SPI endpoint (HMAC mode), run by `npm run spi:check`.
 * Every action must be answered with its reply shape; forged, stale and replayed requests
 * must be refused with a 4xx.
 */
export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

export interface CheckOptions {
  /** the checker's clock (unix seconds); the system clock by default */
  nowSeconds?: () => number;
  timeoutMs?: number;
}

const ACTIONS: SpiRequestAction[] = ['createInstance', 'renewInstance', 'upgradeInstance', 'expireInstance', 'releaseInstance', 'verify'];
const STALE_SECONDS = 6 * 60;

export async function runSpiCheck(url: string, secret: string, opts: CheckOptions = {}): Promise<CheckResult[]> {
  // a check of a live endpoint runs on the wall clock: the receiver judges staleness by its own
  const now = opts.nowSeconds ?? (() => Math.floor(systemClock.now().getTime() / 1000));
  const post = (req: PreparedRequest) => postPrepared(req, opts.timeoutMs);
  const run = `spicheck-${randomBytes(4).toString('hex')}`;
  const base = (action: SpiRequestAction, externalId: string | null): SpiRequest => ({
    action,
    requestId: `${run}-${action}`,
    instanceId: `${run}-instance`,
    externalId,
    orderId: `${run}-order`,
    productCode: 'spi-check',
    specName: 'conformance',
    buyer: { uid: 100001, loginName: 'spi-check' },
    trial: false,
    expiresAt: new Date((now() + 30 * 86_400) * 1000).toISOString(),
  });
  const sign = (payload: SpiRequest, unixSeconds = now(), key = secret) => prepareSpiRequest({ url, secret: key, mode: 'hmac', payload, unixSeconds });
  const results: CheckResult[] = [];

  let externalId: string | null = null;
  for (const action of ACTIONS) {
    const outcome = judge(action, await post(sign(base(action, externalId))));
    if (action === 'createInstance' && outcome.ok) {
      const reply = createInstanceReplySchema.safeParse(outcome.reply);
      if (reply.success) externalId = reply.data.instanceId;
    }
    results.push({
      name: `${action} answered`,
      ok: outcome.ok,
      detail: outcome.ok ? `HTTP ${outcome.httpStatus}, ${outcome.durationMs} ms` : (outcome.error ?? 'failed'),
    });
  }

  const refused = async (name: string, req: PreparedRequest): Promise<void> => {
    const r = await post(req);
    const ok = r.httpStatus !== null && r.httpStatus >= 400 && r.httpStatus < 500;
    results.push({ name, ok, detail: r.error ?? `HTTP ${r.httpStatus}${ok ? '' : ' (expected 4xx)'}` });
  };
  await refused('bad signature refused', sign(base('verify', externalId), now(), `${secret}-wrong`));
  const signed = sign(base('verify', externalId));
  await refused('tampered body refused', { ...signed, body: signed.body.replace('"productCode":"spi-check"', '"productCode":"spi-chekk"') });
  const unsigned = sign(base('verify', externalId));
  await refused('missing signature refused', { ...unsigned, headers: { 'content-type': 'application/json' } });
  await refused('stale timestamp (6 minutes old) refused', sign(base('verify', externalId), now() - STALE_SECONDS));
  await refused('future timestamp (6 minutes ahead) refused', sign(base('verify', externalId), now() + STALE_SECONDS));

  const first = sign({ ...base('verify', externalId), requestId: `${run}-replay` });
  const original = judge('verify', await post(first));
  if (!original.ok) results.push({ name: 'replayed nonce refused', ok: false, detail: `the original request failed: ${original.error ?? ''}` });
  else await refused('replayed nonce refused', first);
  return results;
}

export function formatResults(results: CheckResult[]): string {
  const width = Math.max(...results.map((r) => r.name.length), 5);
  const lines = results.map((r) => `${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(width)}  ${r.detail}`);
  const failed = results.filter((r) => !r.ok).length;
  return [
    `RESULT  ${'CHECK'.padEnd(width)}  DETAIL`,
    ...lines,
    '',
    failed ? `${failed} of ${results.length} checks failed` : `all ${results.length} checks passed`,
  ].join('\n');
}
