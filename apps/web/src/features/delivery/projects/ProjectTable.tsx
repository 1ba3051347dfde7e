import type { ProjectListItem, ProjectListReply } from '@cloudmart/contracts';
import { Empty, Table, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/ui/format';
import { OperatorCell, OverdueTag, ProjectStatusTag, projectErrorMessage } from './project-ui';

interface ProjectTableProps {
  reply: ProjectListReply | undefined;
  loading: boolean;
  error: unknown;
  /** the detail page of a row */
  linkOf: (p: ProjectListItem) => string;
  /** the customer sees neither the customer column nor the provider's operator ids */
  buyer?: boolean;
  /** the operator's list spans sellers: show whose product it is (厂商) */
  vendor?: boolean;
  pagination: TablePaginationConfig;
  label: string;
}

/** The guide's list: 订单号|业务号, 产品名称|销售渠道, 创建时间, 客户名称, 服务商, 操作人|角色, 项目阶段|项目状态, 操作. */
export function ProjectTable({ reply, loading, error, linkOf, buyer, vendor, pagination, label }: ProjectTableProps) {
  const { t } = useTranslation();
  const dash = '—';
  const columns: TableColumnsType<ProjectListItem> = [
    {
      key: 'orderNo',
      title: t('deliveryProjects.columns.orderNo'),
      fixed: 'left',
      render: (_, p) => (
        <>
          <Link to={linkOf(p)}>{p.orderNo}</Link>
          <div>
            <Typography.Text type="secondary">{p.instanceId ?? t('deliveryProjects.noBusinessNo')}</Typography.Text>
          </div>
        </>
      ),
    },
    {
      key: 'product',
      title: t('deliveryProjects.columns.product'),
      render: (_, p) => (
        <>
          <div>{p.productName}</div>
          <Typography.Text type="secondary">
            {p.salesChannel ? t(`deliveryProjects.channels.${p.salesChannel}`, { defaultValue: p.salesChannel }) : dash}
          </Typography.Text>
        </>
      ),
    },
    { key: 'createdAt', title: t('deliveryProjects.columns.createdAt'), render: (_, p) => formatDateTime(p.createdAt) },
    ...(buyer ? [] : [{ key: 'customer', title: t('deliveryProjects.columns.customer'), render: (_: unknown, p: ProjectListItem) => p.customer.name }]),
    ...(vendor ? [{ key: 'vendor', title: t('deliveryProjects.columns.vendor'), render: (_: unknown, p: ProjectListItem) => p.vendor.name }] : []),
    { key: 'provider', title: t('deliveryProjects.columns.provider'), render: (_, p) => p.provider?.name ?? dash },
    { key: 'operator', title: t('deliveryProjects.columns.operator'), render: (_, p) => <OperatorCell item={p} /> },
    {
      key: 'stage',
      title: t('deliveryProjects.columns.stage'),
      render: (_, p) => (
        <>
          <div>{p.stage?.name ?? dash}</div>
          <ProjectStatusTag status={p.status} />
          <OverdueTag overdue={p.overdue} />
        </>
      ),
    },
    {
      key: 'actions',
      title: t('deliveryProjects.columns.actions'),
      fixed: 'right',
      render: (_, p) => (
        <Link to={linkOf(p)} aria-label={`${t('deliveryProjects.detail')} ${p.orderNo}`}>
          {t('deliveryProjects.detail')}
        </Link>
      ),
    },
  ];
  return (
    <Table<ProjectListItem>
      rowKey="id"
      columns={columns}
      dataSource={reply?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      size="middle"
      aria-label={label}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={error ? projectErrorMessage(t, error) : buyer ? t('deliveryProjects.buyer.empty') : t('deliveryProjects.empty')}
          />
        ),
      }}
      pagination={{ showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100], showTotal: (total) => t('common.total', { total }), ...pagination }}
    />
  );
}
