import type { OperatorLive } from '@cloudmart/contracts';
import { Button, Card, Descriptions, Drawer, Image, Popconfirm, Segmented, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileUrl } from '../../../shared/api/files';
import { listEmpty, useCommerceReporter } from '../../../shared/ui/commerce-ui';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { TwoLines } from '../../../shared/ui/TwoLines';
import { beijingText } from '../../promotions/promotion-time';
import { useDecideLive, useOperatorLive, useOperatorLives } from '../live.queries';
import { LiveStatusTag } from '../seller/LiveStatusTag';
import { ReasonModal } from '../../aftersales/ReasonModal';
import { useFeedback } from '../../../shared/ui/feedback';

const statuses = ['pending', 'approved', 'rejected'] as const;

function LiveDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const live = useOperatorLive(id);
  const d = live.data;
  return (
    <Drawer open={id !== null} onClose={onClose} title={d?.name ?? ''} size={640}>
      {d ? (
        <Descriptions column={1} bordered size="small" styles={{ label: { width: 130 } }}>
          <Descriptions.Item label={t('live.detail.id')}>{d.id}</Descriptions.Item>
          <Descriptions.Item label={t('live.operator.seller')}>{d.sellerName}</Descriptions.Item>
          <Descriptions.Item label={t('live.detail.time')}>{`${beijingText(d.startsAt)} - ${beijingText(d.endsAt)}`}</Descriptions.Item>
          <Descriptions.Item label={t('live.columns.mode')}>{t(`live.modes.${d.mode}`)}</Descriptions.Item>
          <Descriptions.Item label={t('live.form.keywords')}>{d.keywords || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('live.form.intro')}>{d.intro || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('live.form.product')}>{d.product?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('live.form.coupon')}>{d.coupon ? `${d.coupon.name}（${d.coupon.id}）` : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('live.detail.cover')}>
            <Image src={fileUrl(d.coverFileId)} width={276} height={140} style={{ objectFit: 'cover' }} alt={t('live.detail.cover')} />
          </Descriptions.Item>
          <Descriptions.Item label={t('live.detail.status')}>
            <LiveStatusTag status={d.status} />
          </Descriptions.Item>
          {d.rejectReason ? <Descriptions.Item label={t('live.detail.rejectReason')}>{d.rejectReason}</Descriptions.Item> : null}
        </Descriptions>
      ) : null}
    </Drawer>
  );
}

/** 直播审核: each created or edited live waits here (1–2 working days). */
export function LiveReviewsPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useCommerceReporter();
  const [status, setStatus] = useState<string>('pending');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useOperatorLives(status === 'all' ? undefined : status, page.page, page.pageSize);
  const decide = useDecideLive();
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const done = () => void message.success(t('live.operator.done'));

  const columns: TableColumnsType<OperatorLive> = [
    // fits 1280 px in both languages with nothing under the fixed 操作 column: each cell carries its
    // secondary field underneath (the id under the name, the mode under the seller, the end under the start)
    { key: 'name', title: t('live.columns.name'), width: 250, ellipsis: true, render: (_, r) => <TwoLines primary={r.name} secondary={r.id} /> },
    {
      key: 'seller',
      title: t('live.operator.seller'),
      width: 170,
      ellipsis: true,
      render: (_, r) => <TwoLines primary={r.sellerName} secondary={t(`live.modes.${r.mode}`)} />,
    },
    {
      key: 'time',
      title: t('live.columns.time'),
      width: 160,
      render: (_, r) => <TwoLines primary={beijingText(r.startsAt, 16)} secondary={beijingText(r.endsAt, 16)} />,
    },
    { key: 'status', title: t('live.columns.status'), width: 130, render: (_, r) => <LiveStatusTag status={r.status} /> },
    {
      key: 'actions',
      title: t('live.columns.actions'),
      width: 180,
      fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setViewing(r.id)}>
            {t('live.operator.detail')}
          </Button>
          {r.status === 'pending' ? (
            <>
              <Popconfirm title={t('live.operator.approveConfirm')} onConfirm={() => decide.mutateAsync({ id: r.id }).then(done, report)}>
                <Button type="link" size="small">
                  {t('live.operator.approve')}
                </Button>
              </Popconfirm>
              <Button type="link" size="small" danger onClick={() => setRejecting(r.id)}>
                {t('live.operator.reject')}
              </Button>
            </>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('live.operator.livesTitle')} />
      <Card>
        <Segmented
          style={{ marginBottom: 16 }}
          value={status}
          onChange={(v) => {
            setStatus(String(v));
            setPage({ page: 1, pageSize: page.pageSize });
          }}
          options={[...statuses.map((s) => ({ value: s, label: t(`live.statuses.${s}`) })), { value: 'all', label: t('live.operator.all') }]}
        />
        <Table<OperatorLive>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 890 }}
          size="middle"
          aria-label={t('live.operator.livesTitle')}
          locale={{ emptyText: listEmpty(t, list.error, t('live.operator.emptyLives')) }}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: list.data?.total ?? 0,
            showTotal: (n) => t('common.total', { total: n }),
            onChange: (p, s) => setPage({ page: p, pageSize: s }),
          }}
        />
      </Card>
      <LiveDrawer id={viewing} onClose={() => setViewing(null)} />
      <ReasonModal
        open={rejecting !== null}
        pending={decide.isPending}
        title={t('live.operator.rejectTitle')}
        okText={t('live.operator.reject')}
        label={t('live.operator.rejectTitle')}
        help={t('live.operator.rejectPlaceholder')}
        onCancel={() => setRejecting(null)}
        onSubmit={(reason) =>
          rejecting &&
          decide.mutate(
            { id: rejecting, reason },
            {
              onSuccess: () => {
                setRejecting(null);
                done();
              },
              onError: (e) => report(e),
            },
          )
        }
      />
    </>
  );
}
