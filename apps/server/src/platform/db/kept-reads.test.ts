import { describe, expect, it } from 'vitest';
import type { ChangeEvent, ChangeFeed } from './change-feed.js';
import { KeptReads } from './kept-reads.js';

class FakeFeed implements ChangeFeed {
  live = true;
  fn: ((e: ChangeEvent) => void) | null = null;
  subscribe(fn: (e: ChangeEvent) => void) {
    this.fn = fn;
    return () => {
      this.fn = null;
    };
  }
  close = () => Promise.resolve();
}

describe('kept reads', () => {
  const value = { name: 'kept' };

  it('serves nothing while the feed is not live, and forgets everything on a gap', () => {
    const feed = new FakeFeed();
    const cache = new KeptReads<typeof value>(feed, 'actors', { max: 10, ttlMs: 60_000 });
    cache.set('h', cache.generation, value);
    expect(cache.get('h')).toBe(value);
    feed.live = false;
    expect(cache.get('h')).toBeUndefined();
    feed.live = true;
    feed.fn?.({ gap: true });
    expect(cache.get('h')).toBeUndefined();
  });

  it('does not keep what a lookup read while a change came in, nor past the limit or the time to live', async () => {
    const feed = new FakeFeed();
    const cache = new KeptReads<typeof value>(feed, 'actors', { max: 2, ttlMs: 20 });
    const started = cache.generation;
    feed.fn?.({ topic: 'actors' });
    cache.set('stale', started, value);
    expect(cache.get('stale')).toBeUndefined();
    feed.fn?.({ topic: 'other' }); // another topic keeps what is kept
    for (const h of ['a', 'b', 'c']) cache.set(h, cache.generation, value);
    expect([cache.get('a'), cache.get('c')]).toEqual([undefined, value]);
    await new Promise((r) => setTimeout(r, 30));
    expect(cache.get('c')).toBeUndefined();
  });
});
