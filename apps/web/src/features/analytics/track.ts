import type { TrackBatch, TrackEvent, TrackPage } from '@cloudmart/contracts';
import { useEffect } from 'react';
import { apiUrl } from '../../shared/api/client';

/*
 * The storefront's page-view tracker (POST /api/v1/track, docs in the track contract): a 'view'
 * when a product, shop or order page opens and a 'leave' with the time it was visible when it
 * closes, is hidden or the tab goes away. Events are batched; tracking never throws and never
 * delays the page. The visitor id is the server's first-party cookie (cm_vid); the session id
 * lives in sessionStorage and is renewed after 30 minutes without an event.
 */

export const SESSION_IDLE_MS = 30 * 60_000;
/** a batch goes out when it holds this many events… */
export const FLUSH_AT_EVENTS = 20;
/** …or this long after its first event */
export const FLUSH_AFTER_MS = 5_000;
/** the contract's most events per request */
const MAX_BATCH = 50;
const SESSION_KEY = 'cloudmart.track.session';

export interface TrackTarget {
  page: TrackPage;
  productId?: string;
  sellerId?: string;
}

/** A random id the contract accepts (/^[A-Za-z0-9_-]{8,64}$/): 22 base64url characters. */
export function newTrackId(): string {
  const bytes = new Uint8Array(16);
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Where the session id is kept (sessionStorage in the browser, a map in tests). */
export interface SessionStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The session for an event at `now`: the stored one unless idle for 30 minutes or more. */
export function touchSession(store: SessionStore | null, now: number, makeId: () => string = newTrackId): string {
  let stored: { id?: unknown; at?: unknown } | null = null;
  try {
    const raw = store?.getItem(SESSION_KEY);
    stored = raw ? (JSON.parse(raw) as { id?: unknown; at?: unknown }) : null;
  } catch {
    stored = null;
  }
  const live = stored && typeof stored.id === 'string' && typeof stored.at === 'number' && now - stored.at < SESSION_IDLE_MS;
  const id = live && typeof stored?.id === 'string' ? stored.id : makeId();
  try {
    store?.setItem(SESSION_KEY, JSON.stringify({ id, at: now }));
  } catch {
    // storage full or blocked: the id lasts for this page only
  }
  return id;
}

/** How a batch leaves: `beacon` when the page is going away (sendBeacon survives the unload). */
export type TrackTransport = (body: string, beacon: boolean) => void;

interface QueueDeps {
  send: TrackTransport;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}

interface Queued {
  sessionId: string;
  event: TrackEvent;
}

/** Batches events: out at 20 events, 5 s after the first, or at once on flush(). */
export class TrackQueue {
  private queued: Queued[] = [];
  private timer: unknown = null;

  constructor(private readonly deps: QueueDeps) {}

  get size(): number {
    return this.queued.length;
  }

  push(sessionId: string, event: TrackEvent): void {
    this.queued.push({ sessionId, event });
    if (this.queued.length >= FLUSH_AT_EVENTS) this.flush(false);
    else if (this.timer === null) this.timer = this.deps.setTimer(() => this.flush(false), FLUSH_AFTER_MS);
  }

  flush(beacon: boolean): void {
    if (this.timer !== null) {
      this.deps.clearTimer(this.timer);
      this.timer = null;
    }
    const queued = this.queued;
    this.queued = [];
    for (const body of batchBodies(queued)) {
      try {
        this.deps.send(body, beacon);
      } catch {
        // tracking never breaks the page
      }
    }
  }
}

/** The request bodies for queued events: one batch per session, at most 50 events each. */
export function batchBodies(queued: readonly Queued[]): string[] {
  const bySession = new Map<string, TrackEvent[]>();
  for (const q of queued) {
    const list = bySession.get(q.sessionId) ?? [];
    list.push(q.event);
    bySession.set(q.sessionId, list);
  }
  const bodies: string[] = [];
  for (const [sessionId, events] of bySession) {
    for (let i = 0; i < events.length; i += MAX_BATCH) {
      const batch: TrackBatch = { sessionId, events: events.slice(i, i + MAX_BATCH) };
      bodies.push(JSON.stringify(batch));
    }
  }
  return bodies;
}

/** The browser's transport: sendBeacon (a text/plain string) when leaving, fetch with keepalive otherwise. */
function browserTransport(url: string): TrackTransport {
  return (body, beacon) => {
    if (beacon && typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(url, body)) return;
    void fetch(url, { method: 'POST', body, keepalive: true, credentials: 'same-origin', headers: { 'content-type': 'text/plain' } }).catch(() => undefined);
  };
}

/** A page view: its 'view' is queued at once; leave() queues the dwell so far (visible time only). */
export class PageView {
  readonly viewId = newTrackId();
  private visibleMs = 0;
  private visibleSince: number | null;
  private sentMs = -1;

  constructor(
    private readonly tracker: Tracker,
    private readonly target: TrackTarget,
    private readonly sessionId: string,
    now: number,
    visible: boolean,
  ) {
    this.visibleSince = visible ? now : null;
    tracker.queue.push(sessionId, this.event('view'));
  }

  private event(type: TrackEvent['type'], dwellMs?: number): TrackEvent {
    const { page, productId, sellerId } = this.target;
    return {
      viewId: this.viewId,
      type,
      page,
      ...(productId ? { productId } : {}),
      ...(sellerId ? { sellerId } : {}),
      ...(dwellMs === undefined ? {} : { dwellMs }),
    };
  }

  dwell(now: number): number {
    return Math.min(86_400_000, Math.max(0, Math.round(this.visibleMs + (this.visibleSince === null ? 0 : now - this.visibleSince))));
  }

  /** The page was hidden (tab switched, app backgrounded, page unloading). */
  hide(now: number): void {
    if (this.visibleSince !== null) this.visibleMs += now - this.visibleSince;
    this.visibleSince = null;
    this.leave(now);
  }

  show(now: number): void {
    if (this.visibleSince === null) this.visibleSince = now;
  }

  /** Queues a 'leave' with the dwell so far; the server keeps a view's longest, so a repeat is harmless. */
  leave(now: number): void {
    const ms = this.dwell(now);
    if (ms === this.sentMs) return;
    this.sentMs = ms;
    touchSession(this.tracker.store, now);
    this.tracker.queue.push(this.sessionId, this.event('leave', ms));
  }
}

/** The tracker of one browser tab: the queue, the session store and the open views. */
export class Tracker {
  readonly queue: TrackQueue;
  private readonly views = new Set<PageView>();

  constructor(
    send: TrackTransport,
    readonly store: SessionStore | null,
    private readonly now: () => number = Date.now,
  ) {
    this.queue = new TrackQueue({ send, setTimer: (fn, ms) => setTimeout(fn, ms), clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) });
  }

  open(target: TrackTarget, visible: boolean): PageView {
    const at = this.now();
    const view = new PageView(this, target, touchSession(this.store, at), at, visible);
    this.views.add(view);
    return view;
  }

  close(view: PageView): void {
    this.views.delete(view);
    view.leave(this.now());
  }

  /** The tab was hidden or is unloading: every open view leaves, and the queue goes out by beacon. */
  hidden(): void {
    const at = this.now();
    for (const v of this.views) v.hide(at);
    this.queue.flush(true);
  }

  visible(): void {
    const at = this.now();
    for (const v of this.views) v.show(at);
  }
}

let tracker: Tracker | null | undefined;

/** The tab's tracker, made on first use; null outside a browser. */
function browserTracker(): Tracker | null {
  if (tracker !== undefined) return tracker;
  if (typeof window === 'undefined' || typeof document === 'undefined' || typeof fetch !== 'function') return (tracker = null);
  let store: SessionStore | null = null;
  try {
    store = window.sessionStorage;
  } catch {
    store = null;
  }
  const t = new Tracker(browserTransport(apiUrl('/track')), store);
  window.addEventListener('pagehide', () => t.hidden());
  document.addEventListener('visibilitychange', () => (document.visibilityState === 'hidden' ? t.hidden() : t.visible()));
  tracker = t;
  return t;
}

/** Whether the page's subject is known yet: a product page needs its product, a shop page its seller. */
export function isTrackable(target: TrackTarget): boolean {
  if (target.page === 'product') return Boolean(target.productId);
  if (target.page === 'shop') return Boolean(target.sellerId);
  return true;
}

/**
 * Records a view of this page while it is mounted: 'view' now (or once its product / seller is
 * known), 'leave' with the visible time on unmount, on a hidden tab and on pagehide.
 */
export function useTrackPageView({ page, productId, sellerId }: TrackTarget): void {
  useEffect(() => {
    const target: TrackTarget = { page, productId, sellerId };
    if (!isTrackable(target)) return;
    let view: PageView | null = null;
    let t: Tracker | null = null;
    try {
      t = browserTracker();
      view = t?.open(target, document.visibilityState !== 'hidden') ?? null;
    } catch {
      return;
    }
    return () => {
      try {
        if (t && view) t.close(view);
      } catch {
        // never throws
      }
    };
  }, [page, productId, sellerId]);
}
