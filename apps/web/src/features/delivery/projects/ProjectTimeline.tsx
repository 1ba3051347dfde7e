import type { ProjectDetail, TimelineStep } from '@cloudmart/contracts';
import { Card, Space, Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';
import { roleLabel } from './project-ui';

const stepStatus = (s: TimelineStep, overdue: boolean) => {
  if (s.state === 'done') return 'finish';
  if (s.state === 'current') return overdue ? 'error' : 'process';
  return s.state === 'stopped' ? 'error' : 'wait';
};

/** 项目进度: every step of the current run, done / current / stopped (a closed flow) / pending, with rejection counts. */
export function ProjectTimeline({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation();
  const current = detail.timeline.findIndex((s) => s.state === 'current' || s.state === 'stopped');
  return (
    <Card title={t('deliveryProjects.timeline.title')}>
      <Steps
        orientation="vertical"
        size="small"
        current={current < 0 ? detail.timeline.length : current}
        aria-label={t('deliveryProjects.timeline.title')}
        items={detail.timeline.map((s) => ({
          key: s.nodeId,
          status: stepStatus(s, detail.liveTask?.overdue ?? false),
          title: (
            <Space size={4} wrap>
              <span>{s.name}</span>
              <Tag>{t(`deliveryProjects.timeline.states.${s.state}`)}</Tag>
              {s.rejectedCount > 0 ? <Tag color="warning">{t('deliveryProjects.timeline.rejected', { count: s.rejectedCount })}</Tag> : null}
            </Space>
          ),
          content: (
            <Space vertical size={0}>
              <Typography.Text type="secondary">
                {t(`delivery.nodeTypes.${s.type}`)} · {roleLabel(t, s.role, s.side)}
              </Typography.Text>
              {s.operator ? <Typography.Text type="secondary">{t('deliveryProjects.timeline.operator', { name: s.operator.name })}</Typography.Text> : null}
              {s.enteredAt ? (
                <Typography.Text type="secondary">{t('deliveryProjects.timeline.enteredAt', { time: formatDateTime(s.enteredAt) })}</Typography.Text>
              ) : null}
              {s.doneAt ? (
                <Typography.Text type="secondary">{t('deliveryProjects.timeline.doneAt', { time: formatDateTime(s.doneAt) })}</Typography.Text>
              ) : null}
            </Space>
          ),
        }))}
      />
    </Card>
  );
}
