import type { ArchitectureSubmitBody, FilePurpose, HostedProductBody, HostingDecisionBody, HostingReviewKind, HostingSubmitBody } from '@cloudmart/contracts';
import { hostedProductBody, hostingDecisionBody } from '@cloudmart/contracts';
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { findFile } from '../../platform/files/index.js';
import { newId, orderedId } from '../../platform/ids.js';
import type { Deps } from '../../platform/module.js';
import { users } from '../accounts/index.js';
import { products } from '../catalog/index.js';
import { requestNotification } from '../notifications/index.js';
import { lockHosted, type HostedProductRow } from './hosting-access.js';
import {
  architectureReview,
  assertBasicInfoEditable,
  assertHostingSubmittable,
  assertLinkable,
  assertRequiredOptions,
  hostingReview,
} from './hosting-rules.js';
import { hostedProducts, hostingReviewLogs } from './hosting.tables.js';

export type By = { sellerId: string; userId: string };

interface FileRef {
  field: string;
  id: string;
  purpose: FilePurpose;
}

/**
 * Each upload must be the seller's own, made for the right purpose (its type and size were
 * judged by the files module when it was uploaded); bad references are field errors.
 */
async function assertOwnFiles(db: Db, sellerId: string, refs: readonly FileRef[]): Promise<void> {
  const errors: { field: string; message: string }[] = [];
  for (const ref of refs) {
    const file = await findFile({ db }, ref.id);
    if (!file || file.sellerId !== sellerId) errors.push({ field: ref.field, message: 'no such file' });
    else if (file.purpose !== ref.purpose) errors.push({ field: ref.field, message: `needs a file uploaded for ${ref.purpose}` });
  }
  if (errors.length) throw new DomainError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
}

async function log(
  tx: Db,
  at: Date,
  hostedProductId: string,
  kind: HostingReviewKind,
  action: 'submitted' | 'approved' | 'rejected',
  actorId: string,
  reason = '',
) {
  await tx.insert(hostingReviewLogs).values({ id: orderedId('hrl', at), hostedProductId, kind, action, reason, actorId, at });
}

/** 新增产品 → 基本信息 (产品名称, 产品形态 SaaS, 产品描述). */
export async function createHostedProduct(deps: Deps, by: By, input: HostedProductBody): Promise<string> {
  const body = hostedProductBody.parse(input);
  const now = deps.clock.now();
  const id = newId('hp', now);
  await deps.db
    .insert(hostedProducts)
    .values({ id, sellerId: by.sellerId, name: body.name, form: body.form, description: body.description, createdAt: now, updatedAt: now });
  return id;
}

/** 基本信息 changes until the architecture review is submitted (again after a rejection). */
export async function updateHostedProduct(deps: Deps, by: By, id: string, input: HostedProductBody): Promise<void> {
  const body = hostedProductBody.parse(input);
  await deps.db.transaction(async (tx) => {
    const p = await lockHosted(tx, by.sellerId, id);
    assertBasicInfoEditable(p);
    await tx
      .update(hostedProducts)
      .set({ name: body.name, form: body.form, description: body.description, updatedAt: deps.clock.now() })
      .where(eq(hostedProducts.id, p.id));
  });
}

/** 架构信息 → 提交审核: 系统架构 and 部署架构, PDFs ("文件格式支持PDF"). */
export async function submitArchitecture(deps: Deps, by: By, id: string, body: ArchitectureSubmitBody): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const p = await lockHosted(tx, by.sellerId, id);
    architectureReview.assert(p.architectureStatus, 'pending');
    await assertOwnFiles(tx, by.sellerId, [
      { field: 'body.systemArchFileId', id: body.systemArchFileId, purpose: 'architecture' },
      { field: 'body.deployArchFileId', id: body.deployArchFileId, purpose: 'architecture' },
    ]);
    const now = deps.clock.now();
    await tx
      .update(hostedProducts)
      .set({
        systemArchFileId: body.systemArchFileId,
        deployArchFileId: body.deployArchFileId,
        architectureStatus: 'pending',
        architectureReason: null,
        architectureSubmittedAt: now,
        architectureDecidedAt: null,
        updatedAt: now,
      })
      .where(eq(hostedProducts.id, p.id));
    await log(tx, now, p.id, 'architecture', 'submitted', by.userId);
  });
}

/** 产品托管 options and 托管审核信息 (安全检测报告 PDF, 漏洞扫描报告 ZIP, PTS压测报告 PDF) → 提交审核. */
export async function submitHosting(deps: Deps, by: By, id: string, body: HostingSubmitBody): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const p = await lockHosted(tx, by.sellerId, id);
    assertHostingSubmittable(p);
    assertRequiredOptions(body.options);
    await assertOwnFiles(tx, by.sellerId, [
      { field: 'body.securityReportFileId', id: body.securityReportFileId, purpose: 'hosting_report' },
      { field: 'body.scanReportFileId', id: body.scanReportFileId, purpose: 'scan_archive' },
      { field: 'body.loadTestReportFileId', id: body.loadTestReportFileId, purpose: 'hosting_report' },
    ]);
    const now = deps.clock.now();
    await tx
      .update(hostedProducts)
      .set({
        options: body.options,
        securityReportFileId: body.securityReportFileId,
        scanReportFileId: body.scanReportFileId,
        loadTestReportFileId: body.loadTestReportFileId,
        hostingStatus: 'pending',
        hostingReason: null,
        hostingSubmittedAt: now,
        hostingDecidedAt: null,
        updatedAt: now,
      })
      .where(eq(hostedProducts.id, p.id));
    await log(tx, now, p.id, 'hosting', 'submitted', by.userId);
  });
}

async function sellerMainUserId(tx: Db, sellerId: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.sellerId, sellerId), eq(users.isMain, true)))
    .limit(1);
  return row?.id ?? null;
}

/** The operator approves or rejects (with a reason) a pending review; the seller's main account is told. */
export async function decideReview(deps: Deps, operatorId: string, id: string, kind: HostingReviewKind, input: HostingDecisionBody): Promise<HostedProductRow> {
  const body = hostingDecisionBody.parse(input);
  const to = body.decision === 'approve' ? 'approved' : 'rejected';
  return deps.db.transaction(async (tx) => {
    const p = await lockHosted(tx, null, id);
    const now = deps.clock.now();
    const reason = body.reason;
    if (kind === 'architecture') {
      architectureReview.assert(p.architectureStatus, to);
      await tx
        .update(hostedProducts)
        .set({ architectureStatus: to, architectureReason: reason || null, architectureDecidedAt: now, updatedAt: now })
        .where(eq(hostedProducts.id, p.id));
    } else {
      hostingReview.assert(p.hostingStatus, to);
      await tx
        .update(hostedProducts)
        .set({ hostingStatus: to, hostingReason: reason || null, hostingDecidedAt: now, updatedAt: now })
        .where(eq(hostedProducts.id, p.id));
    }
    await log(tx, now, p.id, kind, to, operatorId, reason);
    const main = await sellerMainUserId(tx, p.sellerId);
    if (main) {
      await requestNotification(tx, now, {
        userId: main,
        template: `hosting.${kind}_${to}`,
        params: { productName: p.name, productCode: String(p.code), ...(to === 'rejected' ? { reason } : {}) },
        link: `/seller/hosting/${p.id}`,
      });
    }
    const [after] = await tx.select().from(hostedProducts).where(eq(hostedProducts.id, p.id));
    if (!after) throw notFound('hosted product');
    return after;
  });
}

/**
 * 关联商品 ("完成产品托管后，在上架商品时，可以关联商品"): one of the seller's own listed SaaS products,
 * one to one. Another seller's product is not found; a draft, delisted or non-SaaS one is not eligible.
 */
export async function linkProduct(deps: Deps, by: By, id: string, productId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const p = await lockHosted(tx, by.sellerId, id);
    assertLinkable(p);
    const [product] = await tx
      .select({ id: products.id, type: products.type, status: products.status })
      .from(products)
      .where(and(eq(products.id, productId), eq(products.sellerId, by.sellerId)));
    if (!product) throw notFound('product');
    if (product.type !== 'saas' || product.status !== 'listed') {
      throw new DomainError('hosting_link_not_eligible', `the product is a ${product.status} ${product.type} product`);
    }
    const [other] = await tx
      .select({ id: hostedProducts.id })
      .from(hostedProducts)
      .where(and(eq(hostedProducts.linkedProductId, productId), ne(hostedProducts.id, p.id)))
      .for('update');
    if (other) throw new DomainError('hosting_product_already_linked', 'the product is linked to another hosted product');
    await tx.update(hostedProducts).set({ linkedProductId: productId, updatedAt: deps.clock.now() }).where(eq(hostedProducts.id, p.id));
  });
}

export async function unlinkProduct(deps: Deps, by: By, id: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const p = await lockHosted(tx, by.sellerId, id);
    await tx.update(hostedProducts).set({ linkedProductId: null, updatedAt: deps.clock.now() }).where(eq(hostedProducts.id, p.id));
  });
}
