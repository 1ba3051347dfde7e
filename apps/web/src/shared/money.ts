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
