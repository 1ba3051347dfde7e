import { productReviewStatuses, type OperatorReview, type ProductReviewKind, type ProductReviewStatus } from '@cloudmart/contracts';
import { Button, Card, Flex, Popconfirm, Segmented, Space, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { listEmpty, listPagination, useCommerceReporter } from '../../../shared/ui/commerce-ui';
import { previewPath } from '../product-labels';
import { DEFAULT_PAGE_SIZE } from '../../../shared/list-state';
import { fileUrl } from '../../../shared/api/files';
import { useDecideReview, useProductReviews } from './operator.queries';
import { RejectModal } from './RejectModal';
import { useFeedback } from '../../../shared/ui/feedback';

const statusColor: Record<ProductReviewStatus, string> = { pending: 'processing', approved: 'success', rejected: 'error' };

export function ReviewsPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useCommerceReporter();
  const [kind, setKind] = useState<ProductReviewKind>('listing');
  const [status, setStatus] = useState<ProductReviewStatus>('pending');
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [rejecting, setRejecting] = useState<OperatorReview | null>(null);
  const list = useProductReviews({ kind, status, ...paging });
  const decide = useDecideReview();

  const approve = (r: OperatorReview) =>
    decide.mutateAsync({ id: r.id, decision: 'approve' }).then(() => void message.success(t('commerce.reviews.approved')), report);
  const reject = (reason: string) => {
    if (!rejecting) return;
    decide.mutate(
      { id: rejecting.id, decision: 'reject', reason },
      {
        onSuccess: () => {
          void message.success(t('commerce.reviews.rejected'));
          setRejecting(null);
        },
        onError: (err) => report(err),
      },
    );
  };

  const columns: TableColumnsType<OperatorReview> = [
    {
      key: 'product',
      title: t('commerce.reviews.product'),
      width: 220,
      render: (_, r) => (
        <Flex vertical>
          <a href={previewPath(r.productCode)} target="_blank" rel="noopener">
            {r.productName}
          </a>
          <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{r.productCode}</span>
        </Flex>
      ),
    },
    ...(kind === 'listing'
      ? ([
          { key: 'type', title: t('commerce.reviews.productType'), width: 90, render: (_, r) => t(`commerce.products.types.${r.productType}`) },
        ] satisfies TableColumnsType<OperatorReview>)
      : []),
    { key: 'seller', title: t('commerce.reviews.seller'), width: 160, render: (_, r) => `${r.sellerName} (${r.sellerCode})` },
    { key: 'submittedAt', title: t('commerce.reviews.submittedAt'), width: 170, render: (_, r) => formatDateTime(r.submittedAt) },
    ...(kind === 'delisting'
      ? ([
          { key: 'reason', title: t('commerce.reviews.reason'), width: 180, ellipsis: true, render: (_, r) => r.reason ?? t('common.none') },
          { key: 'activeUsers', title: t('commerce.reviews.activeUsers'), width: 110, align: 'right', render: (_, r) => r.activeUsers ?? t('common.none') },
          {
            key: 'letter',
            title: t('commerce.reviews.letter'),
            width: 90,
            render: (_, r) =>
              r.letterFileId ? (
                <a href={fileUrl(r.letterFileId)} download>
                  {t('commerce.reviews.download')}
                </a>
              ) : (
                t('common.none')
              ),
          },
        ] satisfies TableColumnsType<OperatorReview>)
      : []),
    {
      key: 'status',
      title: t('commerce.reviews.status'),
      width: 90,
      render: (_, r) => <Tag color={statusColor[r.status]}>{t(`commerce.reviews.statuses.${r.status}`)}</Tag>,
    },
    ...(status === 'pending'
      ? ([
          {
            key: 'actions',
            title: t('common.actions'),
            fixed: 'right',
            render: (_, r) => (
              <Space size={0}>
                <Popconfirm
                  title={t(kind === 'delisting' ? 'commerce.reviews.approveDelistConfirm' : 'commerce.reviews.approveConfirm')}
                  okButtonProps={{ danger: kind === 'delisting' }}
                  onConfirm={() => approve(r)}
                >
                  <Button type="link" size="small">
                    {t('commerce.reviews.approve')}
                  </Button>
                </Popconfirm>
                <Button type="link" size="small" danger onClick={() => setRejecting(r)}>
                  {t('commerce.reviews.reject')}
                </Button>
              </Space>
            ),
          },
        ] satisfies TableColumnsType<OperatorReview>)
      : ([
          { key: 'decidedAt', title: t('commerce.reviews.decidedAt'), width: 170, render: (_, r) => formatDateTime(r.decidedAt) },
          { key: 'decisionReason', title: t('commerce.reviews.decisionReason'), ellipsis: true, render: (_, r) => r.decisionReason ?? t('common.none') },
        ] satisfies TableColumnsType<OperatorReview>)),
  ];

  return (
    <>
      <PageHeader title={t('commerce.reviews.title')} />
      <Card>
        <Tabs
          activeKey={kind}
          onChange={(k) => {
            setKind(k === 'delisting' ? 'delisting' : 'listing');
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          items={[
            { key: 'listing', label: t('commerce.reviews.listing') },
            { key: 'delisting', label: t('commerce.reviews.delisting') },
          ]}
        />
        <Segmented<ProductReviewStatus>
          style={{ marginBottom: 16 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          options={productReviewStatuses.map((s) => ({ value: s, label: t(`commerce.reviews.statuses.${s}`) }))}
        />
        <Table<OperatorReview>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          size="middle"
          aria-label={t('commerce.reviews.title')}
          locale={{ emptyText: listEmpty(t, list.error, t('commerce.reviews.empty')) }}
          pagination={listPagination(t, { filters: {}, ...paging }, list.data?.total, ({ page, pageSize }) => setPaging({ page, pageSize }))}
        />
      </Card>
      <RejectModal open={rejecting !== null} pending={decide.isPending} onCancel={() => setRejecting(null)} onReject={reject} />
    </>
  );
}
