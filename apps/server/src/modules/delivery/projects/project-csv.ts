import { projectListFilters, type ProjectListItem } from '@cloudmart/contracts';
import { z } from 'zod';
import type { ExportDefinition } from '../../../platform/downloads/index.js';
import { csvLine, csvText } from '../../../platform/http/csv.js';
import { exportProjects } from './project-list.queries.js';

/** The list's columns (订单号, 业务号, 产品名称, 销售渠道, 创建时间, 客户, 服务商, 操作人, 角色, 项目阶段, 项目状态). */
export const PROJECT_CSV_HEADER = [
  'order_no',
  'instance_id',
  'product_name',
  'sales_channel',
  'created_at',
  'customer_uid',
  'customer_name',
  'provider',
  'operator',
  'role',
  'stage',
  'status',
  'overdue',
];

export function projectCsvRow(p: ProjectListItem): string {
  return csvLine([
    csvText(p.orderNo),
    csvText(p.instanceId),
    csvText(p.productName),
    csvText(p.salesChannel),
    csvText(p.createdAt),
    p.customer.uid === null ? '' : String(p.customer.uid),
    csvText(p.customer.name),
    csvText(p.provider?.name ?? null),
    // no person on the live step: the system is the operator (系统)
    csvText(p.operator?.name ?? 'system'),
    csvText(p.operatorRole),
    csvText(p.stage?.name ?? null),
    p.status,
    p.overdue ? 'yes' : 'no',
  ]);
}

/** Whose projects a seller-side export reads: decided (and permission-checked) when it is asked for. */
const sellerAudience = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('vendor'), sellerId: z.string() }),
  z.object({ scope: z.literal('provider'), sellerId: z.string() }),
  z.object({ scope: z.literal('mine'), userId: z.string() }),
]);
const projectExportParams = z.object({ audience: sellerAudience, filters: projectListFilters });
export type ProjectExportParams = z.infer<typeof projectExportParams>;

/** 列表导出 into 我的下载: the list's rows with its filters, up to EXPORT_LIMIT. */
export const projectExport: ExportDefinition<ProjectExportParams> = {
  params: projectExportParams,
  header: PROJECT_CSV_HEADER,
  async *lines(deps, { audience, filters }) {
    for await (const batch of exportProjects(deps.db, audience, filters)) yield batch.map(projectCsvRow);
  },
};
