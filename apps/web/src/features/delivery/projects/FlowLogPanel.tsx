import type { FlowLogEntry } from '@cloudmart/contracts';
import { Collapse, Empty, Table, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';

function resultOf(t: TFunction, e: FlowLogEntry): string {
  const event = t(`deliveryProjects.log.events.${e.event}`, { defaultValue: e.event });
  const reason = typeof e.detail?.reason === 'string' ? t('deliveryProjects.log.reason', { reason: e.detail.reason }) : null;
  const note = typeof e.detail?.note === 'string' ? t('deliveryProjects.log.note', { note: e.detail.note }) : null;
  return [event, reason, note].filter(Boolean).join(' · ');
}

/** 流程日志 of every run: a provider change starts a new run and keeps the old run's log. */
export function FlowLogPanel({ log, currentRun }: { log: readonly FlowLogEntry[]; currentRun: number }) {
  const { t } = useTranslation();
  if (!log.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deliveryProjects.log.empty')} />;
  const runs = [...new Set(log.map((e) => e.run))].sort((a, b) => b - a);
  const columns: TableColumnsType<FlowLogEntry> = [
    { key: 'actor', title: t('deliveryProjects.log.actor'), render: (_, e) => e.actor?.name ?? t('deliveryProjects.system') },
    { key: 'node', title: t('deliveryProjects.log.node'), render: (_, e) => e.nodeName ?? t('deliveryProjects.log.project') },
    { key: 'event', title: t('deliveryProjects.log.event'), render: (_, e) => <Typography.Text>{resultOf(t, e)}</Typography.Text> },
    { key: 'at', title: t('deliveryProjects.log.at'), render: (_, e) => formatDateTime(e.at) },
  ];
  return (
    <Collapse
      defaultActiveKey={runs.map(String)}
      items={runs.map((run) => {
        const label = run === currentRun ? t('deliveryProjects.log.currentRun', { run }) : t('deliveryProjects.log.run', { run });
        return {
          key: String(run),
          label,
          children: (
            <Table<FlowLogEntry>
              rowKey="id"
              size="small"
              columns={columns}
              aria-label={label}
              // newest first, as the guide shows it
              dataSource={log.filter((e) => e.run === run).reverse()}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
            />
          ),
        };
      })}
    />
  );
}
