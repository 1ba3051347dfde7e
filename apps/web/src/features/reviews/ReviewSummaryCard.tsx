import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../shared/ui/QueryStates';
import { useReviewSummary } from './reviews.queries';

const oneDecimal = (v: number | null, empty: string) => (v === null ? empty : v.toFixed(1));

/** 店铺评分: the shop score (non-default reviews only) and what waits for the seller. */
export function ReviewSummaryCard() {
  const { t } = useTranslation();
  const summary = useReviewSummary();
  if (summary.isError) {
    return (
      <Card style={{ marginBottom: 16 }}>
        <LoadError error={summary.error} onRetry={() => void summary.refetch()} />
      </Card>
    );
  }
  const s = summary.data;
  const none = t('aftersales.reviews.noScore');
  const col = { xs: 12, md: 8, xl: 3 };
  const items: { key: string; title: string; value: string | number }[] = s
    ? [
        { key: 'score', title: t('aftersales.reviews.shopScore'), value: oneDecimal(s.score, none) },
        { key: 'quality', title: t('aftersales.reviews.quality'), value: oneDecimal(s.dimensions.quality, none) },
        { key: 'attitude', title: t('aftersales.reviews.attitude'), value: oneDecimal(s.dimensions.attitude, none) },
        { key: 'speed', title: t('aftersales.reviews.speed'), value: oneDecimal(s.dimensions.speed, none) },
        { key: 'count', title: t('aftersales.reviews.reviewCount'), value: s.reviewCount },
        { key: 'default', title: t('aftersales.reviews.defaultCount'), value: s.defaultCount },
        { key: 'toHandle', title: t('aftersales.reviews.toHandleCount'), value: s.toHandleCount },
        { key: 'replyOpen', title: t('aftersales.reviews.replyOpenCount'), value: s.replyOpenCount },
      ]
    : [];
  return (
    <Card title={t('aftersales.reviews.summary')} loading={summary.isPending} style={{ marginBottom: 16 }}>
      <Row gutter={[16, 16]}>
        {items.map((i) => (
          <Col key={i.key} {...col}>
            <Statistic title={i.title} value={i.value} />
          </Col>
        ))}
      </Row>
      <Typography.Text type="secondary">{t('aftersales.reviews.scoreHint')}</Typography.Text>
    </Card>
  );
}
