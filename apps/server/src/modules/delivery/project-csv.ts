import type { ProjectListItem } from '@cloudmart/contracts';
import { csvLine, csvText } from '../../platform/http/csv.js';

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
