import { randomInt } from 'node:crypto';

// no 0/O, 1/I/L: a code is read aloud and typed from print
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const REFERRAL_CODE_LENGTH = 8;

/** A fresh referral code (8 of 31 symbols, ~8.5e11 codes); the unique index decides a collision. */
export function newReferralCode(): string {
  let s = '';
  for (let i = 0; i < REFERRAL_CODE_LENGTH; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}

/**
 * The store's product page with the referral (api-routes.md: "a referral link is the product page
 * with ?ref=<code>"); the store routes products by code (/store/products/:code).
 */
export function referralPath(productCode: string, code: string): string {
  return `/store/products/${encodeURIComponent(productCode)}?ref=${encodeURIComponent(code)}`;
}
