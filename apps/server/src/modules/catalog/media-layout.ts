import type { MediaLayout } from '@cloudmart/contracts';

/**
 * How the product page shows media (guide 2.12): video and live → the video with a live
 * tab below it; live only → the live with a LIVE badge; video only → the video; neither →
 * no media area.
 */
export function mediaLayoutOf(p: { videoFileId: string | null; liveId: string | null }): MediaLayout {
  if (p.videoFileId && p.liveId) return 'video_and_live';
  if (p.liveId) return 'live';
  if (p.videoFileId) return 'video';
  return 'none';
}
