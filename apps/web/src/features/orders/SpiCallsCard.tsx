import type { SpiAttemptView, SpiCallStatus, SpiCallView } from '@cloudmart/contracts';
import { Button, Card, Modal, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/ui/format';
import { listEmpty, useCommerceReporter } from '../../shared/ui/commerce-ui';
import { useRetrySpiCall, useSpiCallDetail, useSpiCalls } from './spi-calls.queries';
import { useFeedback } from '../../shared/ui/feedback';

const statusColor: Record<SpiCallStatus, string> = { pending: 'processing', succeeded: 'success', failed: 'error' };

function StatusTag({ status }: { status: SpiCallStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]}>{t(`commerce.spiCalls.statuses.${status}`)}</Tag>;
}

function AttemptsModal({ callId, onClose }: { callId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useSpiCallDetail(callId);
  const columns: TableColumnsType<SpiAttemptView> = [
    { key: 'no', title: t('commerce.spiCalls.attemptNo'), dataIndex: 'attemptNo', width: 70 },
    { key: 'at', title: t('commerce.spiCalls.at'), width: 170, render: (_, a) => formatDateTime(a.at) },
    { key: 'http', title: t('commerce.spiCalls.httpStatus'), width: 100, render: (_, a) => a.httpStatus ?? t('common.none') },
    { key: 'ms', title: t('commerce.spiCalls.durationMs'), dataIndex: 'durationMs', width: 110, align: 'right' },
    { key: 'error', title: t('commerce.spiCalls.error'), render: (_, a) => a.error ?? t('common.none') },
  ];
  return (
    <Modal open={callId !== null} title={t('commerce.spiCalls.attemptsTitle')} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      <Table<SpiAttemptView>
        rowKey="id"
        columns={columns}
        dataSource={detail.data?.attemptList ?? []}
        expandable={{
          rowExpandable: (a) => Boolean(a.responseBody),
          expandedRowRender: (a) => (
            <Typography.Paragraph code style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {a.responseBody}
            </Typography.Paragraph>
          ),
        }}
        loading={detail.isFetching}
        pagination={false}
        size="small"
        locale={{ emptyText: listEmpty(t, detail.error, t('common.noData')) }}
      />
    </Modal>
  );
}

/** The provisioning calls to the seller's SPI endpoint for one instance, with a manual retry. */
export function SpiCallsCard({ instanceId, canRetry }: { instanceId: string; canRetry: boolean }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useCommerceReporter();
  const calls = useSpiCalls(instanceId);
  const retry = useRetrySpiCall();
  const [open, setOpen] = useState<string | null>(null);

  const columns: TableColumnsType<SpiCallView> = [
    { key: 'action', title: t('commerce.spiCalls.action'), width: 90, render: (_, c) => t(`commerce.spiCalls.actions.${c.action}`) },
    { key: 'status', title: t('commerce.spiCalls.status'), width: 100, render: (_, c) => <StatusTag status={c.status} /> },
    { key: 'attempts', title: t('commerce.spiCalls.attempts'), width: 90, align: 'right', dataIndex: 'attempts' },
    { key: 'next', title: t('commerce.spiCalls.nextAttemptAt'), width: 170, render: (_, c) => formatDateTime(c.nextAttemptAt) },
    { key: 'error', title: t('commerce.spiCalls.lastError'), ellipsis: true, render: (_, c) => c.lastError ?? t('common.none') },
    { key: 'createdAt', title: t('commerce.spiCalls.createdAt'), width: 170, render: (_, c) => formatDateTime(c.createdAt) },
    { key: 'completedAt', title: t('commerce.spiCalls.finishedAt'), width: 170, render: (_, c) => formatDateTime(c.completedAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, c) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setOpen(c.id)}>
            {t('commerce.spiCalls.viewAttempts')}
          </Button>
          {canRetry && c.status !== 'succeeded' ? (
            <Popconfirm
              title={t('commerce.spiCalls.retryConfirm')}
              onConfirm={() => retry.mutateAsync(c.id).then(() => void message.success(t('commerce.spiCalls.retried')), report)}
            >
              <Button type="link" size="small" loading={retry.isPending && retry.variables === c.id}>
                {t('commerce.spiCalls.retry')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <Card title={t('commerce.spiCalls.title')}>
      <Table<SpiCallView>
        rowKey="id"
        columns={columns}
        dataSource={calls.data?.items ?? []}
        loading={calls.isFetching}
        pagination={false}
        size="small"
        scroll={{ x: 'max-content' }}
        aria-label={t('commerce.spiCalls.title')}
        locale={{ emptyText: listEmpty(t, calls.error, t('commerce.spiCalls.empty')) }}
      />
      <AttemptsModal callId={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
