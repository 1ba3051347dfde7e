import { ReloadOutlined } from '@ant-design/icons';
import type { Download, DownloadStatus } from '@cloudmart/contracts';
import { Button, Drawer, Empty, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../shared/api/errors';
import { formatDateTime, formatSize } from '../../shared/ui/format';
import { LoadError } from '../../shared/ui/QueryStates';
import { downloadFileUrl, useMyDownloads, useRemoveDownload } from './downloads.queries';
import { useFeedback } from '../../shared/ui/feedback';

const statusColor: Record<DownloadStatus, string> = { pending: 'processing', ready: 'success', failed: 'error', expired: 'default' };

/** 我的下载: the user's exports, newest first; building ones refresh on their own. */
export function MyDownloadsDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const list = useMyDownloads(page, open);
  const remove = useRemoveDownload();

  const columns: TableColumnsType<Download> = [
    {
      key: 'fileName',
      title: t('downloads.columns.fileName'),
      render: (_, d) => (
        <Flex vertical>
          <Typography.Text>{d.fileName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`downloads.kinds.${d.kind}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('downloads.columns.status'),
      render: (_, d) => (
        <Tag color={statusColor[d.status]} title={d.status === 'failed' ? t('downloads.failedHint') : undefined}>
          {t(`downloads.statuses.${d.status}`)}
        </Tag>
      ),
    },
    { key: 'rows', title: t('downloads.columns.rows'), align: 'right', render: (_, d) => (d.rows === null ? '—' : d.rows.toLocaleString()) },
    { key: 'size', title: t('downloads.columns.size'), align: 'right', render: (_, d) => (d.size === null ? '—' : formatSize(d.size)) },
    { key: 'createdAt', title: t('downloads.columns.createdAt'), render: (_, d) => formatDateTime(d.createdAt) },
    { key: 'expiresAt', title: t('downloads.columns.expiresAt'), render: (_, d) => (d.status === 'ready' ? formatDateTime(d.expiresAt) : '—') },
    {
      key: 'actions',
      title: t('downloads.columns.actions'),
      render: (_, d) => (
        <Flex gap={4}>
          {d.status === 'ready' ? (
            <Button type="link" size="small" href={downloadFileUrl(d.id)} download={d.fileName} aria-label={`${t('downloads.download')} ${d.fileName}`}>
              {t('downloads.download')}
            </Button>
          ) : null}
          <Popconfirm
            title={t('downloads.removeConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              remove.mutateAsync(d.id).then(
                () => void message.success(t('downloads.removed')),
                (err: unknown) => report(err),
              )
            }
          >
            <Button type="link" size="small" danger aria-label={`${t('downloads.remove')} ${d.fileName}`}>
              {t('downloads.remove')}
            </Button>
          </Popconfirm>
        </Flex>
      ),
    },
  ];

  return (
    <Drawer
      title={t('downloads.title')}
      open={open}
      onClose={onClose}
      size={880}
      destroyOnHidden
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} loading={list.isFetching}>
          {t('downloads.refresh')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('downloads.hint')}</Typography.Paragraph>
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Download>
          rowKey="id"
          size="small"
          aria-label={t('downloads.title')}
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isPending}
          locale={{ emptyText: <Empty description={t('downloads.empty')} /> }}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: list.data?.total ?? 0,
            hideOnSinglePage: true,
            onChange: (p, size) => setPage({ page: p, pageSize: size }),
          }}
        />
      )}
    </Drawer>
  );
}
