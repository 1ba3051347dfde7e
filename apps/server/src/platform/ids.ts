import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

/** Prefixed, time-ordered id (`usr_01j…`): sortable by creation, unguessable suffix. */
export function newId(prefix: string, at: Date): string {
  let t = at.getTime();
  let time = '';
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(10);
  let rand = '';
  for (const b of bytes) rand += ALPHABET[b % 32];
  return `${prefix}_${time}${rand}`;
}

let counter = 0;
/**
 * A time-ordered id that also keeps creation order within one millisecond in this process
 * (one transaction writes several log rows or outbox events at the same clock time, and
 * readers sort by id): a 6-character sequence sits between the time and the random part.
 */
export function orderedId(prefix: string, at: Date): string {
  const base = newId(prefix, at);
  const head = prefix.length + 11; // prefix, '_', 10 time chars
  counter = (counter + 1) % 32 ** 6;
  return `${base.slice(0, head)}${counter.toString(32).padStart(6, '0')}${base.slice(head, head + 10)}`;
}

const processTag = Array.from(randomBytes(6), (b) => ALPHABET[b % 32]).join('');
let requests = 0;
/**
 * A request's id (`req_<process><sequence>`): unique across processes and restarts, with no
 * random draw per request (request ids are log labels, not secrets; issue 17 item 10).
 */
export function requestId(): string {
  requests = (requests + 1) % Number.MAX_SAFE_INTEGER;
  return `req_${processTag}${requests.toString(32)}`;
}

/** Random token for sessions and one-time secrets (base64url, 256 bits by default). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
