import type { SpiCallDetail, SpiCallListQuery, SpiCallView } from '@cloudmart/contracts';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import { notFound } from '../../platform/errors.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import type { Deps } from '../../platform/module.js';
import { spiAttempts, spiCalls } from './provisioning.tables.js';

const callColumns = {
  id: spiCalls.id,
  instanceId: spiCalls.instanceId,
  orderId: spiCalls.orderId,
  productId: spiCalls.productId,
  action: spiCalls.action,
  status: spiCalls.status,
  attempts: spiCalls.attempts,
  nextAttemptAt: spiCalls.nextAttemptAt,
  lastError: spiCalls.lastError,
  createdAt: spiCalls.createdAt,
  completedAt: spiCalls.completedAt,
};

type CallRow = Pick<typeof spiCalls.$inferSelect, keyof typeof callColumns>;

function view(r: CallRow): SpiCallView {
  return {
    ...r,
    // a pending call's nextAttemptAt may be a claim lease; it is still when the next attempt can start
    nextAttemptAt: r.status === 'pending' ? (r.nextAttemptAt?.toISOString() ?? null) : null,
    createdAt: r.createdAt.toISOString(),
    completedAt: r.completedAt?.toISOString() ?? null,
  };
}

export async function listSpiCalls(deps: Deps, sellerId: string, q: SpiCallListQuery): Promise<Page<SpiCallView>> {
  const where = and(
    eq(spiCalls.sellerId, sellerId),
    q.instanceId ? eq(spiCalls.instanceId, q.instanceId) : undefined,
    q.status ? eq(spiCalls.status, q.status) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    deps.db.select(callColumns).from(spiCalls).where(where).orderBy(desc(spiCalls.createdAt), desc(spiCalls.id)).limit(q.pageSize).offset(offsetOf(q)),
    deps.db.select({ n: count() }).from(spiCalls).where(where),
  ]);
  return { items: rows.map(view), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function getSpiCall(deps: Deps, sellerId: string, id: string): Promise<SpiCallDetail> {
  const [call] = await deps.db
    .select(callColumns)
    .from(spiCalls)
    .where(and(eq(spiCalls.id, id), eq(spiCalls.sellerId, sellerId)));
  if (!call) throw notFound('SPI call');
  const attempts = await deps.db
    .select({
      id: spiAttempts.id,
      at: spiAttempts.at,
      httpStatus: spiAttempts.httpStatus,
      durationMs: spiAttempts.durationMs,
      error: spiAttempts.error,
      responseBody: spiAttempts.responseBody,
    })
    .from(spiAttempts)
    .where(eq(spiAttempts.callId, id))
    .orderBy(asc(spiAttempts.at), asc(spiAttempts.id));
  return { ...view(call), attemptList: attempts.map((a, i) => ({ ...a, attemptNo: i + 1, at: a.at.toISOString() })) };
}
