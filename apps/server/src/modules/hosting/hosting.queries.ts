import type {
  HostedProductDetail,
  HostedProductListQuery,
  HostedProductRow,
  HostingOverview,
  HostingQueueQuery,
  HostingQueueRow,
  LinkableProduct,
} from '@cloudmart/contracts';
import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { findFile } from '../../platform/files/index.js';
import { offsetOf, type Page } from '../../platform/http/pagination.js';
import { sellers, users } from '../accounts/index.js';
import { products } from '../catalog/index.js';
import { basicInfoEditable, hostingEditable } from './hosting-rules.js';
import { reviewCalendar } from './review-calendar.js';
import type { HostedProductRow as Row } from './hosting-access.js';
import { hostedProducts, hostingReviewLogs } from './hosting.tables.js';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

async function linkedProducts(db: Db, ids: readonly string[]): Promise<Map<string, { id: string; code: string; name: string }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: products.id, code: products.code, name: products.name })
    .from(products)
    .where(inArray(products.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}

function rowOf(p: Row, linked: Map<string, { id: string; code: string; name: string }>): HostedProductRow {
  return {
    id: p.id,
    code: String(p.code),
    name: p.name,
    form: p.form,
    architectureStatus: p.architectureStatus,
    hostingStatus: p.hostingStatus,
    linkedProduct: p.linkedProductId ? (linked.get(p.linkedProductId) ?? null) : null,
    createdAt: p.createdAt.toISOString(),
  };
}

/** 产品列表: newest first, searched by 产品 Code (exact) and 产品名称 (contains). */
export async function listHostedProducts(db: Db, sellerId: string, q: HostedProductListQuery): Promise<Page<HostedProductRow>> {
  const where: SQL[] = [eq(hostedProducts.sellerId, sellerId)];
  if (q.code) {
    const n = Number(q.code);
    where.push(Number.isSafeInteger(n) ? eq(hostedProducts.code, n) : sql`false`);
  }
  if (q.name) where.push(ilike(hostedProducts.name, `%${escapeLike(q.name)}%`));
  const cond = and(...where);
  const [rows, [total]] = await Promise.all([
    db.select().from(hostedProducts).where(cond).orderBy(desc(hostedProducts.createdAt), desc(hostedProducts.id)).limit(q.pageSize).offset(offsetOf(q)),
    db.select({ n: count() }).from(hostedProducts).where(cond),
  ]);
  const linked = await linkedProducts(
    db,
    rows.flatMap((r) => (r.linkedProductId ? [r.linkedProductId] : [])),
  );
  return { items: rows.map((r) => rowOf(r, linked)), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

async function fileRef(db: Db, id: string | null) {
  if (!id) return null;
  const f = await findFile({ db }, id);
  return f ? { id: f.id, name: f.name, size: f.size } : null;
}

/** 查看: both reviews with their reasons, files and log; `editable` says whether 继续提交 applies. */
export async function hostedProductDetail(db: Db, p: Row): Promise<HostedProductDetail> {
  const [expectedBy, linked, [seller], logs] = await Promise.all([
    reviewCalendar(db),
    linkedProducts(db, p.linkedProductId ? [p.linkedProductId] : []),
    db.select({ id: sellers.id, name: sellers.name }).from(sellers).where(eq(sellers.id, p.sellerId)),
    db
      .select({ log: hostingReviewLogs, actorName: users.displayName, actorKind: users.kind })
      .from(hostingReviewLogs)
      .innerJoin(users, eq(users.id, hostingReviewLogs.actorId))
      .where(eq(hostingReviewLogs.hostedProductId, p.id))
      .orderBy(asc(hostingReviewLogs.id)),
  ]);
  const [systemArchFile, deployArchFile, securityReportFile, scanReportFile, loadTestReportFile] = await Promise.all(
    [p.systemArchFileId, p.deployArchFileId, p.securityReportFileId, p.scanReportFileId, p.loadTestReportFileId].map((id) => fileRef(db, id)),
  );
  return {
    ...rowOf(p, linked),
    description: p.description,
    seller: seller ?? { id: p.sellerId, name: '' },
    architecture: {
      status: p.architectureStatus,
      reason: p.architectureReason,
      submittedAt: p.architectureSubmittedAt?.toISOString() ?? null,
      decidedAt: p.architectureDecidedAt?.toISOString() ?? null,
      expectedBy: expectedBy(p.architectureStatus, p.architectureSubmittedAt),
      systemArchFile: systemArchFile ?? null,
      deployArchFile: deployArchFile ?? null,
    },
    hosting: {
      status: p.hostingStatus,
      reason: p.hostingReason,
      submittedAt: p.hostingSubmittedAt?.toISOString() ?? null,
      decidedAt: p.hostingDecidedAt?.toISOString() ?? null,
      expectedBy: expectedBy(p.hostingStatus, p.hostingSubmittedAt),
      options: p.options ?? null,
      securityReportFile: securityReportFile ?? null,
      scanReportFile: scanReportFile ?? null,
      loadTestReportFile: loadTestReportFile ?? null,
    },
    editable: basicInfoEditable(p) || hostingEditable(p),
    reviews: logs.map(({ log, actorName, actorKind }) => ({
      kind: log.kind,
      action: log.action,
      reason: log.reason,
      // sellers see the marketplace, not an operator's own name
      actorName: actorKind === 'operator' ? '' : actorName,
      at: log.at.toISOString(),
    })),
  };
}

/**
 * 概览 (平台功能: 产品数量、容器数量、应用数量、风险数量), from what Cloudmart records (docs/hosting.md):
 * products = hosted products; apps = hosting approved; containers = hosting approved on ACK (Kubernetes);
 * risks = reviews rejected and not yet resubmitted.
 */
export async function hostingOverview(db: Db, sellerId: string): Promise<HostingOverview> {
  const [row] = await db
    .select({
      products: count(),
      apps: sql<number>`count(*) filter (where ${hostedProducts.hostingStatus} = 'approved')`.mapWith(Number),
      containers:
        sql<number>`count(*) filter (where ${hostedProducts.hostingStatus} = 'approved' and ${hostedProducts.options}->>'appHosting' = 'ack')`.mapWith(Number),
      risks: sql<number>`count(*) filter (where ${hostedProducts.architectureStatus} = 'rejected' or ${hostedProducts.hostingStatus} = 'rejected')`.mapWith(
        Number,
      ),
    })
    .from(hostedProducts)
    .where(eq(hostedProducts.sellerId, sellerId));
  return { products: row?.products ?? 0, apps: row?.apps ?? 0, containers: row?.containers ?? 0, risks: row?.risks ?? 0 };
}

/** The seller's listed SaaS products not linked to another hosted product (the one asked about may keep its own). */
export async function linkableProducts(db: Db, sellerId: string, hostedProductId: string): Promise<LinkableProduct[]> {
  return db
    .select({ id: products.id, code: products.code, name: products.name })
    .from(products)
    .leftJoin(hostedProducts, eq(hostedProducts.linkedProductId, products.id))
    .where(
      and(
        eq(products.sellerId, sellerId),
        eq(products.type, 'saas'),
        eq(products.status, 'listed'),
        or(isNull(hostedProducts.id), eq(hostedProducts.id, hostedProductId)),
      ),
    )
    .orderBy(asc(products.code))
    .limit(200);
}

/** 架构审核 / 托管审核 queues: pending reviews, oldest first, with the seller. */
export async function reviewQueue(db: Db, q: HostingQueueQuery): Promise<Page<HostingQueueRow>> {
  const status = q.kind === 'architecture' ? hostedProducts.architectureStatus : hostedProducts.hostingStatus;
  const submitted = q.kind === 'architecture' ? hostedProducts.architectureSubmittedAt : hostedProducts.hostingSubmittedAt;
  const cond = eq(status, 'pending');
  const [expectedBy, rows, [total]] = await Promise.all([
    reviewCalendar(db),
    db
      .select({ p: hostedProducts, sellerName: sellers.name })
      .from(hostedProducts)
      .innerJoin(sellers, eq(sellers.id, hostedProducts.sellerId))
      .where(cond)
      .orderBy(asc(submitted), asc(hostedProducts.id))
      .limit(q.pageSize)
      .offset(offsetOf(q)),
    db.select({ n: count() }).from(hostedProducts).where(cond),
  ]);
  return {
    items: rows.map(({ p, sellerName }) => {
      const at = (q.kind === 'architecture' ? p.architectureSubmittedAt : p.hostingSubmittedAt) ?? p.updatedAt;
      return {
        id: p.id,
        code: String(p.code),
        name: p.name,
        seller: { id: p.sellerId, name: sellerName },
        kind: q.kind,
        submittedAt: at.toISOString(),
        expectedBy: expectedBy('pending', at),
      };
    }),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** For the catalog's product page and 商品成长: which of these products carry the 云原生产品徽章. */
export async function cloudNativeProductIds(db: Db, productIds: readonly string[]): Promise<Set<string>> {
  if (!productIds.length) return new Set();
  const rows = await db
    .select({ id: hostedProducts.linkedProductId })
    .from(hostedProducts)
    .where(and(inArray(hostedProducts.linkedProductId, [...productIds]), eq(hostedProducts.hostingStatus, 'approved')));
  return new Set(rows.flatMap((r) => (r.id ? [r.id] : [])));
}
