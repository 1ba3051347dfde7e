/** Money is integer fen. Percent rates round half-up to the fen, once, at the end. */
export function percentOf(amountFen: number, percent: number): number {
  return Math.floor((amountFen * percent) / 100 + 0.5);
}

export function formatYuan(amountFen: number): string {
  const sign = amountFen < 0 ? '-' : '';
  const abs = Math.abs(amountFen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
