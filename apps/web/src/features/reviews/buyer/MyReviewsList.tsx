import type { BuyerReview } from '@cloudmart/contracts';
import { Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';
import { aftersalesErrorMessage } from '../../aftersales/buyer/aftersales-errors';
import { reviewDimensions, ScoreStars } from '../../aftersales/buyer/aftersales-labels';
import { useMyReviews } from './reviews.queries';

function ReviewItem({ review }: { review: BuyerReview }) {
  const { t } = useTranslation();
  return (
    <Card size="small" style={{ width: '100%' }}>
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Text strong>{review.productName}</Typography.Text>
        <Space>
          {review.isDefault ? <Tag>{t('buyerAftersales.review.defaultReview')}</Tag> : null}
          <Typography.Text type="secondary">
            {t('buyerAftersales.review.reviewedAt')} {formatDateTime(review.createdAt)}
          </Typography.Text>
        </Space>
      </Flex>
      <Flex wrap gap={24} style={{ margin: '8px 0' }}>
        {reviewDimensions.map((d) => (
          <ScoreStars key={d} label={t(`buyerAftersales.reviewDimensions.${d}`)} value={review[d]} />
        ))}
      </Flex>
      <Typography.Paragraph style={{ marginBottom: 8 }}>{review.comment ?? t('buyerAftersales.review.noComment')}</Typography.Paragraph>
      {review.reply ? (
        <div style={{ background: 'rgba(0,0,0,0.03)', padding: 8, borderRadius: 6 }} aria-label={t('buyerAftersales.review.sellerReply')}>
          <Typography.Text type="secondary">
            {t('buyerAftersales.review.sellerReply')}（{formatDateTime(review.repliedAt)}）：
          </Typography.Text>
          <Typography.Text>{review.reply}</Typography.Text>
        </div>
      ) : (
        <Typography.Text type="secondary">{t('buyerAftersales.review.noReply')}</Typography.Text>
      )}
    </Card>
  );
}

/** 我的评价: newest first, with the seller's reply. */
export function MyReviewsList({ page, pageSize, onPage }: { page: number; pageSize: number; onPage: (page: number, pageSize: number) => void }) {
  const { t } = useTranslation();
  const reviews = useMyReviews(page, pageSize);
  return (
    <List<BuyerReview>
      aria-label={t('buyerAftersales.review.tabMine')}
      loading={reviews.isFetching}
      dataSource={reviews.data?.items ?? []}
      rowKey="id"
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={reviews.isError ? aftersalesErrorMessage(t, reviews.error) : t('buyerAftersales.review.noReviews')}
          />
        ),
      }}
      renderItem={(r) => (
        <List.Item>
          <ReviewItem review={r} />
        </List.Item>
      )}
      pagination={
        (reviews.data?.total ?? 0) > 0
          ? {
              current: page,
              pageSize,
              total: reviews.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
              onChange: (p, size) => onPage(size === pageSize ? p : 1, size),
            }
          : false
      }
    />
  );
}
