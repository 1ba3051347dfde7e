/**
 * Sandbox 实名认证: a real name of 2–30 characters and an 18-character mainland resident ID
 * (GB 11643-1999): six region digits, a real birth date YYYYMMDD, three sequence digits and a
 * check character from the ISO 7064 MOD 11-2 sum. Nothing is sent anywhere; the number is
 * checked and not stored.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] ?? '';
}

export function isValidMainlandId(idNumber: string, now: Date): boolean {
  const id = idNumber.trim().toUpperCase();
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (birth.getUTCFullYear() !== y || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) return false;
  if (y < 1900 || birth.getTime() > now.getTime()) return false;
  return idCheckChar(id.slice(0, 17)) === id[17];
}

export function isValidRealName(name: string): boolean {
  const n = [...name.trim()].length;
  return n >= 2 && n <= 30;
}
