import type { ProjectDetail } from '@cloudmart/contracts';
import { Card, Descriptions, Empty, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DueText, roleLabel } from './project-ui';

/** 当前节点: its operator's contact, the due time, and what the caller may do. */
export function CurrentNodeCard({ detail, actions }: { detail: ProjectDetail; actions: ReactNode }) {
  const { t } = useTranslation();
  const live = detail.liveTask;
  const dash = '—';
  if (!live) {
    return (
      <Card title={t('deliveryProjects.current.title')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deliveryProjects.current.none')} />
      </Card>
    );
  }
  const operatorName =
    live.assignee?.name ?? (live.side === 'system' ? t('deliveryProjects.system') : live.status === 'waiting' ? t('deliveryProjects.current.waiting') : dash);
  return (
    <Card title={`${t('deliveryProjects.current.title')}：${live.nodeName}`}>
      <Flex vertical gap={16}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('deliveryProjects.current.side')}>{roleLabel(t, live.role, live.side)}</Descriptions.Item>
          <Descriptions.Item label={t('deliveryProjects.current.operator')}>{operatorName}</Descriptions.Item>
          {live.assignee?.phone ? <Descriptions.Item label={t('deliveryProjects.current.phone')}>{live.assignee.phone}</Descriptions.Item> : null}
          {live.assignee?.email ? <Descriptions.Item label={t('deliveryProjects.current.email')}>{live.assignee.email}</Descriptions.Item> : null}
          <Descriptions.Item label={t('deliveryProjects.current.due')}>
            <DueText remainingWorkingMs={live.remainingWorkingMs} dueClock={live.dueClock} overdue={live.overdue} />
          </Descriptions.Item>
        </Descriptions>
        {actions}
      </Flex>
    </Card>
  );
}
