/** 138****5678: the first three and last four digits of a mainland mobile number, as records show it. */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (p.length < 8) return '*'.repeat(p.length);
  return `${p.slice(0, 3)}${'*'.repeat(p.length - 7)}${p.slice(-4)}`;
}
