import type { QueueReply, RoleAvailability, WaitingTask } from '@cloudmart/contracts';
import { Card, Flex, Table, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/ui/format';
import { roleLabel } from '../projects/project-ui';
import { QueueEmpty, Waited } from './queue-ui';

interface EmployeeQueueCardProps {
  list: QueueReply['tasks'] | undefined;
  loading: boolean;
  error: unknown;
  pagination: TablePaginationConfig;
  /** delivery.staff: a link to the employees' capacity */
  canSetStaff: boolean;
}

/** 等待分配员工: assign-order tasks of the projects I deliver, oldest first, with who could take them. */
export function EmployeeQueueCard({ list, loading, error, pagination, canSetStaff }: EmployeeQueueCardProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<WaitingTask> = [
    {
      key: 'orderNo',
      title: t('deliveryQueue.tasks.columns.orderNo'),
      render: (_, x) => <Link to={`/delivery/projects/${encodeURIComponent(x.projectId)}`}>{x.orderNo}</Link>,
    },
    { key: 'product', title: t('deliveryQueue.tasks.columns.product'), dataIndex: 'productName' },
    { key: 'node', title: t('deliveryQueue.tasks.columns.node'), dataIndex: 'nodeName' },
    { key: 'role', title: t('deliveryQueue.tasks.columns.role'), render: (_, x) => roleLabel(t, x.role, null) },
    { key: 'enteredAt', title: t('deliveryQueue.tasks.columns.enteredAt'), render: (_, x) => formatDateTime(x.enteredAt) },
    { key: 'waited', title: t('deliveryQueue.tasks.columns.waited'), render: (_, x) => <Waited ms={x.waitedMs} /> },
    {
      key: 'actions',
      title: t('deliveryQueue.tasks.columns.actions'),
      fixed: 'right',
      render: (_, x) => (
        <Link to={`/delivery/projects/${encodeURIComponent(x.projectId)}`} aria-label={`${t('deliveryQueue.detail')} ${x.orderNo}`}>
          {t('deliveryQueue.detail')}
        </Link>
      ),
    },
  ];

  return (
    <Card title={t('deliveryQueue.tasks.title')}>
      <Typography.Paragraph type="secondary">{t('deliveryQueue.tasks.intro')}</Typography.Paragraph>
      {list?.roles.length ? <RoleSummaries roles={list.roles} canSetStaff={canSetStaff} /> : null}
      <Table<WaitingTask>
        rowKey="taskId"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading}
        scroll={{ x: 'max-content' }}
        size="middle"
        aria-label={t('deliveryQueue.tasks.title')}
        locale={{ emptyText: <QueueEmpty error={error} text={t('deliveryQueue.tasks.empty')} /> }}
        pagination={{ showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100], showTotal: (total) => t('common.total', { total }), ...pagination }}
      />
    </Card>
  );
}

/** Per role: tasks waiting, employees holding the role, and those who may take work right now. */
function RoleSummaries({ roles, canSetStaff }: { roles: RoleAvailability[]; canSetStaff: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('deliveryQueue.roles.title')} style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('deliveryQueue.roles.title')}</Typography.Text>
        {canSetStaff ? <Link to="/delivery/employees">{t('deliveryQueue.roles.adjust')}</Link> : null}
      </Flex>
      <Flex gap={12} wrap>
        {roles.map((r) => (
          <Card key={r.role} size="small" style={{ minWidth: 240 }} title={roleLabel(t, r.role, null)}>
            <Flex gap={4} wrap>
              <Tag>{t('deliveryQueue.roles.waiting', { count: r.waiting })}</Tag>
              <Tag>{t('deliveryQueue.roles.employees', { count: r.employees })}</Tag>
              <Tag color={r.available > 0 ? 'success' : 'error'}>{t('deliveryQueue.roles.available', { count: r.available })}</Tag>
            </Flex>
            {r.available === 0 ? (
              <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
                {t('deliveryQueue.roles.noneAvailable')}
              </Typography.Text>
            ) : null}
          </Card>
        ))}
      </Flex>
    </section>
  );
}
