import type { ProjectDetail } from '@cloudmart/contracts';
import { Card, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';
import { OverdueTag, ProjectStatusTag } from './project-ui';

/** Order no., product, customer, provider, status with its overdue tag. */
export function ProjectHeaderCard({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation();
  const p = detail.project;
  const dash = '—';
  return (
    <Card>
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
        <Descriptions.Item label={t('deliveryProjects.header.orderNo')}>{p.orderNo}</Descriptions.Item>
        <Descriptions.Item label={t('deliveryProjects.header.product')}>{p.productName}</Descriptions.Item>
        <Descriptions.Item label={t('deliveryProjects.header.customer')}>{p.customer.name}</Descriptions.Item>
        <Descriptions.Item label={t('deliveryProjects.header.vendor')}>{p.vendor.name}</Descriptions.Item>
        <Descriptions.Item label={t('deliveryProjects.header.provider')}>{p.provider?.name ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('deliveryProjects.header.status')}>
          <Space size={4}>
            <ProjectStatusTag status={p.status} />
            <OverdueTag overdue={p.overdue} />
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('deliveryProjects.header.stage')}>{p.stage?.name ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('deliveryProjects.header.createdAt')}>{formatDateTime(p.createdAt)}</Descriptions.Item>
        {detail.instance ? (
          <Descriptions.Item label={t('deliveryProjects.header.instance')}>
            {detail.instance.id} · {detail.instance.specName}
          </Descriptions.Item>
        ) : null}
        {p.status === 'paused' && p.pauseReason ? (
          <Descriptions.Item label={t('deliveryProjects.header.pausedReason')}>{p.pauseReason}</Descriptions.Item>
        ) : null}
        {p.completedAt ? <Descriptions.Item label={t('deliveryProjects.header.completedAt')}>{formatDateTime(p.completedAt)}</Descriptions.Item> : null}
        {p.cancelledAt ? <Descriptions.Item label={t('deliveryProjects.header.cancelledAt')}>{formatDateTime(p.cancelledAt)}</Descriptions.Item> : null}
      </Descriptions>
    </Card>
  );
}
