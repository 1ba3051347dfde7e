/** ?orders=a,b,c → the ids, without blanks or repeats, at most the 20 a proposal may hold. */
export function orderIdsOf(param: string | null): string[] {
  return [
    ...new Set(
      (param ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ].slice(0, 20);
}
