import type { OperatorLivePermission } from '@cloudmart/contracts';
import { Button, Card, Popconfirm, Segmented, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listEmpty, useCommerceReporter } from '../../../shared/ui/commerce-ui';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { beijingText } from '../../promotions/promotion-time';
import { useDecideLivePermission, useOperatorLivePermissions } from '../live.queries';
import { ReasonModal } from '../../aftersales/ReasonModal';
import { useFeedback } from '../../../shared/ui/feedback';

const statuses = ['pending', 'approved', 'rejected'] as const;
const colours = { pending: 'processing', approved: 'success', rejected: 'error' } as const;

/** 直播权限审核: sellers who signed the agreement wait here (1–2 working days). */
export function LivePermissionReviewsPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useCommerceReporter();
  const [status, setStatus] = useState<string>('pending');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useOperatorLivePermissions(status === 'all' ? undefined : status, page.page, page.pageSize);
  const decide = useDecideLivePermission();
  const [rejecting, setRejecting] = useState<string | null>(null);
  const done = () => void message.success(t('live.operator.done'));

  const columns: TableColumnsType<OperatorLivePermission> = [
    { key: 'seller', title: t('live.operator.seller'), render: (_, r) => r.sellerName },
    { key: 'signedBy', title: t('live.operator.signedBy'), width: 160, render: (_, r) => r.signedBy ?? '—' },
    { key: 'agreement', title: t('live.operator.agreement'), width: 110, render: (_, r) => r.agreementVersion },
    { key: 'signedAt', title: t('live.operator.signedAt'), width: 180, render: (_, r) => beijingText(r.signedAt) },
    {
      key: 'status',
      title: t('live.operator.status'),
      width: 110,
      render: (_, r) => <Tag color={colours[r.status]}>{t(`live.operator.permissionStatuses.${r.status}`)}</Tag>,
    },
    { key: 'reason', title: t('live.detail.rejectReason'), width: 200, render: (_, r) => r.rejectReason ?? '—' },
    {
      key: 'actions',
      title: t('live.columns.actions'),
      width: 140,
      fixed: 'right',
      render: (_, r) =>
        r.status === 'pending' ? (
          <Space size={0}>
            <Popconfirm title={t('live.operator.approveConfirm')} onConfirm={() => decide.mutateAsync({ sellerId: r.sellerId }).then(done, report)}>
              <Button type="link" size="small">
                {t('live.operator.approve')}
              </Button>
            </Popconfirm>
            <Button type="link" size="small" danger onClick={() => setRejecting(r.sellerId)}>
              {t('live.operator.reject')}
            </Button>
          </Space>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader title={t('live.operator.permissionsTitle')} />
      <Card>
        <Segmented
          style={{ marginBottom: 16 }}
          value={status}
          onChange={(v) => {
            setStatus(String(v));
            setPage({ page: 1, pageSize: page.pageSize });
          }}
          options={[...statuses.map((s) => ({ value: s, label: t(`live.operator.permissionStatuses.${s}`) })), { value: 'all', label: t('live.operator.all') }]}
        />
        <Table<OperatorLivePermission>
          rowKey="sellerId"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1000 }}
          size="middle"
          aria-label={t('live.operator.permissionsTitle')}
          locale={{ emptyText: listEmpty(t, list.error, t('live.operator.emptyPermissions')) }}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: list.data?.total ?? 0,
            showTotal: (n) => t('common.total', { total: n }),
            onChange: (p, s) => setPage({ page: p, pageSize: s }),
          }}
        />
      </Card>
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
            { sellerId: rejecting, reason },
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
