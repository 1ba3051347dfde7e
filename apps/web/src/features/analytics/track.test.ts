import { trackBatch, type TrackBatch } from '@cloudmart/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLUSH_AFTER_MS, FLUSH_AT_EVENTS, SESSION_IDLE_MS, Tracker, batchBodies, isTrackable, newTrackId, touchSession, type SessionStore } from './track';

function memoryStore(): SessionStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

/** A tracker on a fake clock whose requests are parsed with the contract's own schema. */
function harness() {
  let now = 1_000_000;
  const sent: { batch: TrackBatch; beacon: boolean }[] = [];
  const store = memoryStore();
  const tracker = new Tracker(
    (body, beacon) => sent.push({ batch: trackBatch.parse(JSON.parse(body)), beacon }),
    store,
    () => now,
  );
  const advance = (ms: number) => {
    now += ms;
    vi.advanceTimersByTime(ms);
  };
  return { tracker, sent, store, advance, events: () => sent.flatMap((s) => s.batch.events) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('tracker ids and sessions', () => {
  it('makes ids the contract accepts', () => {
    for (let i = 0; i < 50; i++) expect(newTrackId()).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('keeps the session while events come within 30 minutes and starts a new one after 30 idle minutes', () => {
    const store = memoryStore();
    const first = touchSession(store, 0);
    expect(touchSession(store, SESSION_IDLE_MS - 1)).toBe(first);
    expect(touchSession(store, 2 * SESSION_IDLE_MS - 2)).toBe(first);
    expect(touchSession(store, 3 * SESSION_IDLE_MS - 2)).not.toBe(first);
  });

  it('survives a broken or missing store', () => {
    const store = memoryStore();
    store.data.set('cloudmart.track.session', '{not json');
    expect(touchSession(store, 0)).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(touchSession(null, 0)).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('waits for the product of a product page and the seller of a shop page', () => {
    expect(isTrackable({ page: 'product' })).toBe(false);
    expect(isTrackable({ page: 'product', productId: 'p1' })).toBe(true);
    expect(isTrackable({ page: 'shop' })).toBe(false);
    expect(isTrackable({ page: 'shop', sellerId: 's1' })).toBe(true);
    expect(isTrackable({ page: 'order' })).toBe(true);
  });
});

describe('tracker batching', () => {
  it('sends a view and its leave together 5 s later, the leave carrying the dwell', () => {
    const h = harness();
    const view = h.tracker.open({ page: 'product', productId: 'p1' }, true);
    h.advance(3_000);
    h.tracker.close(view);
    expect(h.sent).toHaveLength(0);
    h.advance(FLUSH_AFTER_MS);
    expect(h.sent).toHaveLength(1);
    expect(h.sent[0]?.beacon).toBe(false);
    expect(h.events()).toEqual([
      { viewId: view.viewId, type: 'view', page: 'product', productId: 'p1' },
      { viewId: view.viewId, type: 'leave', page: 'product', productId: 'p1', dwellMs: 3_000 },
    ]);
  });

  it('flushes at 20 events without waiting for the timer', () => {
    const h = harness();
    for (let i = 0; i < FLUSH_AT_EVENTS / 2; i++) h.tracker.close(h.tracker.open({ page: 'shop', sellerId: 's1' }, true));
    expect(h.sent).toHaveLength(1);
    expect(h.sent[0]?.batch.events).toHaveLength(FLUSH_AT_EVENTS);
    h.advance(FLUSH_AFTER_MS);
    expect(h.sent).toHaveLength(1);
  });

  it('sends by beacon when the tab is hidden, and counts only visible time', () => {
    const h = harness();
    const view = h.tracker.open({ page: 'order', productId: 'p1' }, true);
    h.advance(2_000);
    h.tracker.hidden();
    expect(h.sent).toHaveLength(1);
    expect(h.sent[0]?.beacon).toBe(true);
    expect(h.events().at(-1)).toMatchObject({ type: 'leave', dwellMs: 2_000 });
    h.advance(60_000); // away
    h.tracker.visible();
    h.advance(1_000);
    h.tracker.close(view);
    h.advance(FLUSH_AFTER_MS);
    expect(h.events().at(-1)).toMatchObject({ viewId: view.viewId, type: 'leave', dwellMs: 3_000 });
    expect(h.events().filter((e) => e.type === 'view')).toHaveLength(1);
  });

  it('does not repeat a leave whose dwell has not changed', () => {
    const h = harness();
    const view = h.tracker.open({ page: 'product', productId: 'p1' }, true);
    h.advance(1_000);
    h.tracker.hidden();
    h.tracker.close(view); // unmounted while hidden
    h.advance(FLUSH_AFTER_MS);
    expect(h.events().filter((e) => e.type === 'leave')).toHaveLength(1);
  });

  it('keeps a view and its leave in the view’s session even after 30 idle minutes', () => {
    const h = harness();
    const view = h.tracker.open({ page: 'product', productId: 'p1' }, true);
    h.advance(FLUSH_AFTER_MS);
    const session = h.sent[0]?.batch.sessionId;
    h.advance(SESSION_IDLE_MS + 1);
    h.tracker.close(view);
    h.advance(FLUSH_AFTER_MS);
    expect(h.sent[1]?.batch.sessionId).toBe(session);
    // the next page after the idle half hour opens a new session
    h.advance(SESSION_IDLE_MS + 1);
    h.tracker.open({ page: 'shop', sellerId: 's1' }, true);
    h.advance(FLUSH_AFTER_MS);
    expect(h.sent[2]?.batch.sessionId).not.toBe(session);
  });

  it('never throws when sending fails', () => {
    const tracker = new Tracker(() => {
      throw new Error('offline');
    }, null);
    expect(() => {
      tracker.close(tracker.open({ page: 'order' }, true));
      tracker.hidden();
    }).not.toThrow();
  });

  it('splits queued events into one body per session of at most 50 events', () => {
    const event = { viewId: 'vvvvvvvv', type: 'view' as const, page: 'order' as const };
    const queued = [...Array.from({ length: 60 }, () => ({ sessionId: 'aaaaaaaa', event })), { sessionId: 'bbbbbbbb', event }];
    const bodies = batchBodies(queued).map((b) => trackBatch.parse(JSON.parse(b)));
    expect(bodies.map((b) => [b.sessionId, b.events.length])).toEqual([
      ['aaaaaaaa', 50],
      ['aaaaaaaa', 10],
      ['bbbbbbbb', 1],
    ]);
  });
});
