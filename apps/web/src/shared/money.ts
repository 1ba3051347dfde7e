/* Money is integer fen everywhere; this is the one place the web app turns it into yuan. */

const yuan = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Integer fen → "¥1,234.50" (refunds are negative: "-¥12.00"). */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  return `${sign}¥${yuan.format(Math.abs(fen) / 100)}`;
}

/** Integer fen ↔ yuan for money inputs: inputs show yuan with 2 decimals, the API takes fen. */
export function fenToYuan(fen: number): number {
  return fen / 100;
}

export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}

/** Commission in basis points (1% = 100 bp) ↔ percent for inputs. */
export function bpToPercent(bp: number): number {
  return bp / 100;
}

export function percentToBp(percent: number): number {
  return Math.round(percent * 100);
}

export function formatPercentBp(bp: number): string {
  return `${(bp / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}
