import type { LivePermissionStatus, LivePhase, LiveReviewStatus } from '@cloudmart/contracts';
import { DomainError } from '../../platform/errors.js';
import { stateMachine } from '../../platform/state-machine.js';

type PermissionState = Exclude<LivePermissionStatus, never>;

/**
 * 直播权限 (guide 2.11.1): none → pending by signing the agreement; the operator decides
 * pending → approved | rejected ("审核需要1~2个工作日"); "若审核未通过，您可以重新申请权限":
 * rejected → pending. Approved is final; applying again then is live_permission_exists.
 */
export const permissionMachine = stateMachine<PermissionState>(
  'live permission',
  {
    none: ['pending'],
    pending: ['approved', 'rejected'],
    rejected: ['pending'],
    approved: [],
  },
  (from, to) =>
    to === 'pending' && (from === 'pending' || from === 'approved')
      ? new DomainError('live_permission_exists', from === 'approved' ? 'live permission is already granted' : 'the application is waiting for review', {
          status: from,
        })
      : undefined,
);

/**
 * A live's review (guide 2.11.2): created pending; the operator approves or rejects; "直播状态在
 * 待审核及未通过的情况下，支持编辑": an edit keeps a pending live pending and returns a rejected one
 * to pending. Approved is final: editing it is live_not_editable.
 */
export const liveMachine = stateMachine<LiveReviewStatus>(
  'live',
  {
    pending: ['pending', 'approved', 'rejected'],
    rejected: ['pending'],
    approved: [],
  },
  (from, to) => (from === 'approved' && to === 'pending' ? new DomainError('live_not_editable', 'an approved live can no longer be edited') : undefined),
);

/** An approved live's phase by the clock: upcoming before the start, live until the end, then ended. */
export function livePhaseOf(live: { startsAt: Date; endsAt: Date }, now: Date): LivePhase {
  if (now < live.startsAt) return 'upcoming';
  if (now < live.endsAt) return 'live';
  return 'ended';
}

/** How early before the start OBS may begin pushing (to check the picture); documented in docs/live.md. */
export const PUBLISH_LEAD_MS = 30 * 60 * 1000;

/**
 * The ingest's on_publish answer: only the current key of an approved real-time live, from
 * PUBLISH_LEAD_MS before its start to its end.
 */
export function mayPublish(live: { status: LiveReviewStatus; mode: string; startsAt: Date; endsAt: Date }, now: Date): boolean {
  return live.status === 'approved' && live.mode === 'realtime' && now.getTime() >= live.startsAt.getTime() - PUBLISH_LEAD_MS && now < live.endsAt;
}

/** The keywords as stored: single spaces between at most 8 words (the body schema counts them). */
export function normaliseKeywords(s: string): string {
  return s.trim().split(/\s+/).filter(Boolean).join(' ');
}
