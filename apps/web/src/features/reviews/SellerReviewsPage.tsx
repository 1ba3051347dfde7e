import type { SellerReview } from '@cloudmart/contracts';
import { Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../shared/access';
import { formatDateTime } from '../../shared/ui/format';
import { TwoLines } from '../../shared/ui/TwoLines';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCurrentUser } from '../accounts/auth.queries';
import { listPagination } from '../../shared/ui/commerce-ui';
import { listEmpty } from '../aftersales/aftersales-ui';
import { ReplyModal } from './ReplyModal';
import { ReviewFilterForm } from './ReviewFilterForm';
import { reviewListParams, reviewListStateFrom, useSellerReviews } from './reviews.queries';
import { ReviewSummaryCard } from './ReviewSummaryCard';

const dimensions = ['quality', 'attitude', 'speed'] as const;

/** 评价管理 (DOMAIN 2.7): buyers' ratings, bad reviews to handle, one reply within 30 days. */
export function SellerReviewsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => reviewListStateFrom(params), [params]);
  const list = useSellerReviews(state);
  const [replying, setReplying] = useState<SellerReview | null>(null);
  const canReply = can(me, 'reviews.reply');

  const columns: TableColumnsType<SellerReview> = [
    // Fits 1280 px in both languages: the reply deadline sits under the review time.
    { key: 'product', title: t('aftersales.reviews.product'), width: 160, ellipsis: true, render: (_, r) => r.productName },
    { key: 'buyer', title: t('aftersales.reviews.buyer'), width: 100, render: (_, r) => r.buyerUid },
    {
      key: 'scores',
      title: t('aftersales.reviews.scores'),
      width: 150,
      render: (_, r) => (
        <Flex vertical>
          {dimensions.map((d) => (
            <span key={d}>
              {t(`aftersales.reviews.${d}`)}: {r[d]}
            </span>
          ))}
        </Flex>
      ),
    },
    {
      key: 'comment',
      title: t('aftersales.reviews.comment'),
      width: 250,
      render: (_, r) => (
        <Flex vertical gap={4}>
          <Flex gap={4} wrap>
            {r.toHandle ? <Tag color="error">{t('aftersales.reviews.toHandleTag')}</Tag> : null}
            {r.isDefault ? <Tag>{t('aftersales.reviews.defaultTag')}</Tag> : null}
          </Flex>
          <Typography.Text>{r.comment ?? t('aftersales.reviews.noComment')}</Typography.Text>
          {r.reply ? (
            <Typography.Text type="secondary">
              {t('aftersales.reviews.yourReply')}（{formatDateTime(r.repliedAt)}）：{r.reply}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'createdAt',
      title: t('aftersales.reviews.createdAt'),
      width: 170,
      render: (_, r) => (
        <TwoLines
          primary={formatDateTime(r.createdAt)}
          secondary={r.reply ? null : `${t('aftersales.reviews.replyBefore')} ${formatDateTime(r.replyBefore)}`}
        />
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 110,
      render: (_, r) =>
        r.replyOpen && canReply ? (
          <Button type="link" size="small" onClick={() => setReplying(r)}>
            {t('aftersales.reviews.replyAction')}
          </Button>
        ) : !r.reply && !r.replyOpen ? (
          <Typography.Text type="secondary">{t('aftersales.reviews.replyClosed')}</Typography.Text>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader title={t('aftersales.reviews.title')} />
      <ReviewSummaryCard />
      <Card style={{ marginBottom: 16 }}>
        <ReviewFilterForm
          value={state.filters}
          loading={list.isFetching}
          onSearch={(filters) => setParams(reviewListParams({ filters, page: 1, pageSize: state.pageSize }))}
        />
      </Card>
      <Card>
        <Table<SellerReview>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          size="middle"
          aria-label={t('aftersales.reviews.title')}
          locale={{ emptyText: listEmpty(t, list.error, t('aftersales.reviews.empty')) }}
          pagination={listPagination(t, state, list.data?.total, (next) => setParams(reviewListParams(next)))}
        />
      </Card>
      <ReplyModal review={replying} onClose={() => setReplying(null)} />
    </>
  );
}
