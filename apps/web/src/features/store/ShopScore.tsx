import { StarFilled } from '@ant-design/icons';
import { Flex, Rate, Skeleton, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { reviewDimensions, ScoreStars } from '../aftersales/buyer/aftersales-labels';
import { useShopScore } from './shop-score.queries';

/** 店铺评分: the average, the three dimensions and how many reviews; "暂无评分" without any. */
export function ShopScore({ sellerCode }: { sellerCode: string }) {
  const { t } = useTranslation();
  const score = useShopScore(sellerCode);
  if (score.isPending) return <Skeleton.Input active size="small" />;
  // the score is an extra: a failed load leaves the shop page as it was
  if (score.isError) return null;
  const { score: avg, reviewCount, dimensions } = score.data;
  const label = t('buyerAftersales.shopScore.title');
  if (avg === null) {
    return (
      <Typography.Text type="secondary" aria-label={label} data-testid="shop-score">
        <StarFilled /> {label}：{t('buyerAftersales.shopScore.none')}
      </Typography.Text>
    );
  }
  return (
    <Flex vertical gap={4} aria-label={label} data-testid="shop-score">
      <Flex align="center" gap={8} wrap>
        <Tooltip title={t('buyerAftersales.shopScore.hint')}>
          <Typography.Text strong>{label}</Typography.Text>
        </Tooltip>
        <Rate disabled allowHalf value={Math.round(avg * 2) / 2} style={{ fontSize: 16 }} />
        <Typography.Text strong style={{ fontSize: 18, color: '#fa8c16' }}>
          {avg.toFixed(1)}
        </Typography.Text>
        <Typography.Text type="secondary">{t('buyerAftersales.shopScore.count', { n: reviewCount })}</Typography.Text>
      </Flex>
      <Flex gap={16} wrap>
        {reviewDimensions.map((d) => {
          const v = dimensions[d];
          return v === null ? null : <ScoreStars key={d} label={t(`buyerAftersales.reviewDimensions.${d}`)} value={v} />;
        })}
      </Flex>
    </Flex>
  );
}
