import type { LiveDetail } from '@cloudmart/contracts';
import { eq } from 'drizzle-orm';
import { notFound } from '../../platform/errors.js';
import type { Deps } from '../../platform/module.js';
import type { Decision } from './live-permission.service.js';
import { noticeSeller } from './live-notices.js';
import { liveMachine } from './live-status.js';
import { lives } from './live.tables.js';
import { liveRow, toDetail } from './lives.service.js';

type DC = Pick<Deps, 'db' | 'clock' | 'config'>;

/** 直播审核: the operator approves a pending live, or rejects it with the reason the seller reads. */
export async function decideLive(deps: DC, operatorId: string, id: string, decision: Decision): Promise<LiveDetail> {
  const now = deps.clock.now();
  const to = decision.approve ? 'approved' : 'rejected';
  const reason = decision.approve ? null : decision.reason;
  await deps.db.transaction(async (tx) => {
    const [l] = await tx.select({ status: lives.status, sellerId: lives.sellerId, name: lives.name }).from(lives).where(eq(lives.id, id)).for('update');
    if (!l) throw notFound('live');
    liveMachine.assert(l.status, to);
    await tx.update(lives).set({ status: to, rejectReason: reason, decidedBy: operatorId, decidedAt: now, updatedAt: now }).where(eq(lives.id, id));
    await noticeSeller(tx, now, l.sellerId, {
      template: decision.approve ? 'live.approved' : 'live.rejected',
      params: reason === null ? { liveName: l.name } : { liveName: l.name, reason },
      link: `/seller/lives/${id}`,
    });
  });
  return toDetail(deps, await liveRow(deps.db, id), false);
}

/** The operator's view of one live: everything but the stream key. */
export async function getOperatorLive(deps: Pick<Deps, 'db' | 'config'>, id: string): Promise<LiveDetail> {
  return toDetail(deps, await liveRow(deps.db, id), false);
}
