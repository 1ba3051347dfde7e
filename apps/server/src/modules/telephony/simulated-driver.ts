import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { safeEqual } from '../../platform/auth/tokens.js';
import { DomainError } from '../../platform/errors.js';
import { randomToken } from '../../platform/ids.js';
import { TelephonyError, type CallEvent, type TelephonyDriver } from './telephony.driver.js';

export const SIMULATED_SIGNATURE_HEADER = 'x-simulated-signature';

/**
 * Test numbers (documented in docs/telephony.md): a call to one of them plays that script;
 * any other callee answers. Like a provider's sandbox numbers.
 */
export const SIMULATED_NUMBERS = {
  noAnswer: '19900000000',
  busy: '19900000001',
  /** the provider refuses the binding (the seller sees call_failed) */
  unreachable: '19900000002',
} as const;

/** When the simulated provider reports each step, after the binding was made. */
export const SIMULATED_TIMING = { ringingSec: 2, answeredSec: 5, busySec: 3, noAnswerSec: 32 } as const;

type Script = 'a' | 'n' | 'b';

export const simulatedCallbackBody = z.object({
  providerCallId: z.string().min(1).max(120),
  status: z.enum(['ringing', 'answered', 'ended', 'failed']),
  at: z.iso.datetime({ offset: true }),
  durationSec: z.number().int().min(0).max(86_400).optional(),
  outcome: z.enum(['no_answer', 'busy', 'failed']).optional(),
});
export type SimulatedCallbackBody = z.infer<typeof simulatedCallbackBody>;

function canonical(b: SimulatedCallbackBody): string {
  return [b.providerCallId, b.status, b.at, String(b.durationSec ?? ''), b.outcome ?? ''].join('\n');
}

/** A talk time between 30 s and 3 min that depends on the callee only, so replays agree. */
function simulatedDuration(calleePhone: string): number {
  let h = 0;
  for (const ch of calleePhone) h = (h * 31 + ch.charCodeAt(0)) % 9973;
  return 30 + (h % 151);
}

export interface SimulatedDriver extends TelephonyDriver {
  /** The callbacks the "provider" has sent by `now` for a call bound at `boundAt`, signed like a webhook. */
  dueCallbacks(providerCallId: string, boundAt: Date, now: Date): { headers: Record<string, string>; body: SimulatedCallbackBody }[];
  sign(body: SimulatedCallbackBody): Record<string, string>;
}

/**
 * The built-in provider for development, demos and tests. It keeps no state: the script (answer,
 * no answer, busy) and the talk time are chosen at bind time from the callee number and carried
 * in the provider call id — never the number itself — and the callbacks are derived from the
 * binding time, so they land on the injected clock (ringing at +2 s, answered at +5 s, ended
 * after the talk time). They are HMAC-signed and go through the same verification as a real
 * provider's webhook.
 */
export function simulatedDriver(sessionSecret: string): SimulatedDriver {
  const secret = `${sessionSecret}:simulated-telephony`;
  const sign = (b: SimulatedCallbackBody) => ({ [SIMULATED_SIGNATURE_HEADER]: createHmac('sha256', secret).update(canonical(b)).digest('hex') });
  const parseId = (id: string): { script: Script; durationSec: number } | null => {
    const m = /^sim_[A-Za-z0-9_-]+\.([anb])\.(\d{1,5})$/.exec(id);
    return m ? { script: m[1] as Script, durationSec: Number(m[2]) } : null;
  };
  const at = (base: Date, sec: number) => new Date(base.getTime() + sec * 1000).toISOString();
  return {
    name: 'simulated',
    async bind(req) {
      if (req.calleePhone === SIMULATED_NUMBERS.unreachable) throw new TelephonyError('simulated provider: binding refused');
      const script: Script = req.calleePhone === SIMULATED_NUMBERS.noAnswer ? 'n' : req.calleePhone === SIMULATED_NUMBERS.busy ? 'b' : 'a';
      const token = randomToken(9);
      // X: a fresh 170 number each call (170 is the virtual operators' range)
      const digits = [...Buffer.from(token)].map((b) => String(b % 10)).join('');
      return { bindingId: `sim_${token}.${script}.${simulatedDuration(req.calleePhone)}`, virtualNumber: `170${digits.slice(0, 8)}` };
    },
    async startCall(binding) {
      return { providerCallId: binding.bindingId };
    },
    async unbind() {},
    parseCallback(headers, body): CallEvent {
      const parsed = simulatedCallbackBody.safeParse(body);
      if (!parsed.success) throw new DomainError('invalid_signature', 'malformed callback');
      const sent = headers[SIMULATED_SIGNATURE_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, sign(parsed.data)[SIMULATED_SIGNATURE_HEADER] ?? '')) {
        throw new DomainError('invalid_signature', 'bad callback signature');
      }
      const b = parsed.data;
      return {
        providerCallId: b.providerCallId,
        status: b.status,
        at: new Date(b.at),
        ...(b.durationSec !== undefined ? { durationSec: b.durationSec } : {}),
        ...(b.outcome ? { outcome: b.outcome } : {}),
      };
    },
    sign,
    dueCallbacks(providerCallId, boundAt, now) {
      const s = parseId(providerCallId);
      if (!s) return [];
      const T = SIMULATED_TIMING;
      const plan: SimulatedCallbackBody[] =
        s.script === 'b'
          ? [{ providerCallId, status: 'failed', at: at(boundAt, T.busySec), outcome: 'busy' }]
          : s.script === 'n'
            ? [
                { providerCallId, status: 'ringing', at: at(boundAt, T.ringingSec) },
                { providerCallId, status: 'failed', at: at(boundAt, T.noAnswerSec), outcome: 'no_answer' },
              ]
            : [
                { providerCallId, status: 'ringing', at: at(boundAt, T.ringingSec) },
                { providerCallId, status: 'answered', at: at(boundAt, T.answeredSec) },
                { providerCallId, status: 'ended', at: at(boundAt, T.answeredSec + s.durationSec), durationSec: s.durationSec },
              ];
      return plan.filter((b) => new Date(b.at).getTime() <= now.getTime()).map((body) => ({ headers: sign(body), body }));
    },
  };
}
