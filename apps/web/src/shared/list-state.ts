/** List pages keep filters and paging in the URL, so reloads and the back button keep them. */
export interface ListState<K extends string> {
  filters: Partial<Record<K, string>>;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 20;

function positiveInt(v: string | null, fallback: number, max: number): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

export function listStateFrom<K extends string>(params: URLSearchParams, keys: readonly K[]): ListState<K> {
  const filters: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const v = params.get(key)?.trim();
    if (v) filters[key] = v;
  }
  return { filters, page: positiveInt(params.get('page'), 1, 10_000), pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100) };
}

export function listParams<K extends string>(state: ListState<K>, keys: readonly K[]): URLSearchParams {
  const p = new URLSearchParams();
  for (const key of keys) {
    const v = state.filters[key];
    if (v) p.set(key, v);
  }
  if (state.page > 1) p.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) p.set('pageSize', String(state.pageSize));
  return p;
}

/** Trimmed text, or undefined for "no filter". */
export function trimmed(v: string | undefined): string | undefined {
  return v?.trim() || undefined;
}
