import { randomBytes, randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

/** Prefixed, time-ordered id (`usr_01j…`): sortable by creation, unguessable suffix. */
export function newId(prefix: string, at: Date): string {
  let t = at.getTime();
  let time = '';
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  return `${prefix}_${time}${randomSuffix()}`;
}

// The random part of ids comes from a pool the CSPRNG refills 4 KB at a time (as the uuid
// package does), not from a draw and a Buffer per id: a paid order makes a dozen ids, and the
// per-call cost showed in the order path's profile (issue 17 item 10). The bytes are the same
// CSPRNG's; each is used once.
const pool = Buffer.allocUnsafe(4096);
let poolAt = pool.length;

function randomSuffix(): string {
  if (poolAt + 10 > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  let rand = '';
  for (let i = poolAt; i < poolAt + 10; i++) rand += ALPHABET[(pool[i] ?? 0) % 32];
  poolAt += 10;
  return rand;
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
