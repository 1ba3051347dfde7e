import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type RunningReceiver } from '../../../../../examples/isv-receiver/receiver.js';
import { startLaxReceiver, type LaxReceiver } from './lax-receiver.js';
import { formatResults, runSpiCheck } from './spi-conformance.js';

const SECRET = 'demo-spi-secret-0123456789';
let receiver: RunningReceiver;
let lax: LaxReceiver;

beforeAll(async () => {
  receiver = await startReceiver({ port: 0, secret: SECRET, log: false });
  // answers every action correctly but checks no signature at all
  lax = await startLaxReceiver((b) =>
    b.action === 'createInstance' ? { instanceId: 'lax-1', appInfo: { frontEndUrl: 'http://127.0.0.1/app' } } : { success: true },
  );
});
afterAll(async () => {
  await receiver.close();
  await lax.close();
});

describe('spi:check conformance checker', () => {
  it('passes every check against the sample receiver', async () => {
    const results = await runSpiCheck(receiver.spiUrl, SECRET);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.map((r) => r.name)).toEqual([
      'createInstance answered',
      'renewInstance answered',
      'upgradeInstance answered',
      'expireInstance answered',
      'releaseInstance answered',
      'verify answered',
      'bad signature refused',
      'tampered body refused',
      'missing signature refused',
      'stale timestamp (6 minutes old) refused',
      'future timestamp (6 minutes ahead) refused',
      'replayed nonce refused',
    ]);
    expect(formatResults(results)).toMatch(/all 12 checks passed$/);
    // later actions carry the id the receiver gave at createInstance
    const created = receiver.requests.find((r) => r.action === 'createInstance');
    expect(receiver.requests.find((r) => r.action === 'renewInstance')?.body.externalId).toBe(created?.instanceId);
  });

  it('reports every signature check as failed against an endpoint that verifies nothing', async () => {
    const results = await runSpiCheck(lax.url, SECRET);
    const failed = results.filter((r) => !r.ok).map((r) => r.name);
    expect(failed).toEqual([
      'bad signature refused',
      'tampered body refused',
      'missing signature refused',
      'stale timestamp (6 minutes old) refused',
      'future timestamp (6 minutes ahead) refused',
      'replayed nonce refused',
    ]);
    expect(formatResults(results)).toMatch(/6 of 12 checks failed$/);
  });

  it('reports the actions as failed when the secret is wrong', async () => {
    const results = await runSpiCheck(receiver.spiUrl, 'the-wrong-secret-000000');
    expect(results.filter((r) => r.name.endsWith('answered')).every((r) => !r.ok && r.detail === 'HTTP 401')).toBe(true);
  });
});
