/**
 * A masked double-call (双呼) provider, shaped after the real SDKs so a production driver is a
 * thin adapter (docs/telephony.md maps each method):
 * - Alibaba Cloud 号码隐私保护 (Dyplsapi): BindAxb → SubsId + SecretNo, UnbindSubscription, and
 *   the 呼叫状态 / 话单 reports (ring, answer, release with duration) pushed to a callback URL;
 * - Twilio: Proxy Session with two Participants (the proxy number), calls.create with a
 *   statusCallback for initiated / ringing / answered / completed (CallDuration).
 * The customer's real number goes to the provider in `bind` and nowhere else: the driver
 * answers with ids and the virtual number only, and callbacks never carry it back.
 */
export interface TelephonyDriver {
  /** stored on each call row; callbacks name the driver whose signature they carry */
  readonly name: string;
  /** AXB: bind A (the caller) and B (the callee) to a virtual number X until `expiresAt`. */
  bind(req: BindRequest): Promise<Binding>;
  /** Ring A; when A picks up the provider dials B and bridges them, both seeing X. */
  startCall(binding: Binding): Promise<{ providerCallId: string }>;
  /** Release the virtual number once the call is over. */
  unbind(binding: Pick<Binding, 'bindingId' | 'virtualNumber'>): Promise<void>;
  /** Verify a status callback's signature and read it; throws DomainError('invalid_signature'). */
  parseCallback(headers: Record<string, string | string[] | undefined>, body: unknown): CallEvent;
}

export interface BindRequest {
  callerPhone: string;
  calleePhone: string;
  expiresAt: Date;
}

export interface Binding {
  /** the provider's subscription id (Alibaba SubsId, Twilio Session SID) */
  bindingId: string;
  /** X: what the seller's phone shows calling in */
  virtualNumber: string;
}

/** One status change reported by the provider (a webhook body, after verification). */
export interface CallEvent {
  providerCallId: string;
  status: 'ringing' | 'answered' | 'ended' | 'failed';
  at: Date;
  /** ended: how long the bridged call lasted */
  durationSec?: number;
  /** failed: why (no_answer, busy, failed) */
  outcome?: 'no_answer' | 'busy' | 'failed';
}

/** The provider refused or could not be reached; the caller sees call_failed. */
export class TelephonyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TelephonyError';
  }
}
