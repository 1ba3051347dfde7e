import { describe, expect, it } from 'vitest';
import { jpegOfSize, pngBytes, pngOfSize, textBytes } from '../../test/kits/files.js';
import { imageSize } from '../../platform/files/image-size.js';
import { PUBLISH_LEAD_MS, livePhaseOf, liveMachine, mayPublish, normaliseKeywords, permissionMachine } from './live-status.js';

const codeOf = (f: () => void): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe('直播权限 state machine (guide 2.11.1: "若审核未通过，您可以重新申请权限")', () => {
  it('allows none → pending, pending → approved | rejected, rejected → pending', () => {
    expect(permissionMachine.can('none', 'pending')).toBe(true);
    expect(permissionMachine.can('pending', 'approved')).toBe(true);
    expect(permissionMachine.can('pending', 'rejected')).toBe(true);
    expect(permissionMachine.can('rejected', 'pending')).toBe(true);
  });
  it('forbids applying again while pending or approved (live_permission_exists) and deciding twice (invalid_state)', () => {
    expect(codeOf(() => permissionMachine.assert('pending', 'pending'))).toBe('live_permission_exists');
    expect(codeOf(() => permissionMachine.assert('approved', 'pending'))).toBe('live_permission_exists');
    expect(codeOf(() => permissionMachine.assert('approved', 'rejected'))).toBe('invalid_state');
    expect(codeOf(() => permissionMachine.assert('rejected', 'approved'))).toBe('invalid_state');
    expect(codeOf(() => permissionMachine.assert('none', 'approved'))).toBe('invalid_state');
  });
});

describe('直播审核 state machine (guide 2.11.2: "直播状态在待审核及未通过的情况下，支持编辑")', () => {
  it('allows pending → approved | rejected, an edit of pending or rejected → pending', () => {
    for (const [from, to] of [
      ['pending', 'approved'],
      ['pending', 'rejected'],
      ['pending', 'pending'],
      ['rejected', 'pending'],
    ] as const)
      expect(liveMachine.can(from, to), `${from}→${to}`).toBe(true);
  });
  it('forbids editing an approved live (live_not_editable) and deciding a decided one', () => {
    expect(codeOf(() => liveMachine.assert('approved', 'pending'))).toBe('live_not_editable');
    expect(codeOf(() => liveMachine.assert('approved', 'rejected'))).toBe('invalid_state');
    expect(codeOf(() => liveMachine.assert('rejected', 'approved'))).toBe('invalid_state');
    expect(codeOf(() => liveMachine.assert('rejected', 'rejected'))).toBe('invalid_state');
  });
});

describe('phase and publishing window', () => {
  const live = { startsAt: new Date('2026-06-01T10:00:00Z'), endsAt: new Date('2026-06-01T11:00:00Z') };
  it('is upcoming before the start, live until the end, then ended', () => {
    expect(livePhaseOf(live, new Date('2026-06-01T09:59:59Z'))).toBe('upcoming');
    expect(livePhaseOf(live, new Date('2026-06-01T10:00:00Z'))).toBe('live');
    expect(livePhaseOf(live, new Date('2026-06-01T11:00:00Z'))).toBe('ended');
  });
  it('lets an approved real-time live publish from 30 minutes before the start to the end', () => {
    const ok = { ...live, status: 'approved' as const, mode: 'realtime' };
    expect(mayPublish(ok, new Date(live.startsAt.getTime() - PUBLISH_LEAD_MS))).toBe(true);
    expect(mayPublish(ok, new Date(live.startsAt.getTime() - PUBLISH_LEAD_MS - 1))).toBe(false);
    expect(mayPublish(ok, new Date('2026-06-01T10:59:59Z'))).toBe(true);
    expect(mayPublish(ok, live.endsAt)).toBe(false);
    expect(mayPublish({ ...ok, status: 'pending' }, live.startsAt)).toBe(false);
    expect(mayPublish({ ...ok, mode: 'recorded' }, live.startsAt)).toBe(false);
  });
  it('stores keywords with single spaces', () => {
    expect(normaliseKeywords('  建站   小程序 云市场 ')).toBe('建站 小程序 云市场');
  });
});

describe('image header reader', () => {
  it('reads PNG IHDR and JPEG SOF0 sizes, and nothing from other bytes', () => {
    expect(imageSize(pngOfSize(552, 280))).toEqual({ width: 552, height: 280 });
    expect(imageSize(pngBytes())).toEqual({ width: 1, height: 1 });
    expect(imageSize(jpegOfSize(552, 280))).toEqual({ width: 552, height: 280 });
    expect(imageSize(jpegOfSize(600, 300))).toEqual({ width: 600, height: 300 });
    expect(imageSize(textBytes())).toBeNull();
    expect(imageSize(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toBeNull();
  });
});
