import type { OfferPrice as Offer } from '@cloudmart/contracts';
import { Alert, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../shared/money';
import { isDiscounted, shortEndDate } from './promotion-format';

/** The 预发布 banner: the seller is looking at a price buyers do not see yet. */
export function PreviewBanner({ offer }: { offer: Offer | undefined }) {
  const { t } = useTranslation();
  if (!offer?.discount?.preview) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('promotionsBuyer.offer.previewBanner')}
      description={t('promotionsBuyer.offer.previewHint')}
      style={{ marginBottom: 12 }}
      data-testid="discount-preview"
    />
  );
}

interface OfferPriceProps {
  offer: Offer | undefined;
  quantity: number;
  /** the page's own total when the selection has no offer (trial, postpaid, offers not loaded) */
  fallback: string;
}

/** The best price large, the list price struck through and the discount's name as a tag. */
export function OfferPrice({ offer, quantity, fallback }: OfferPriceProps) {
  const { t } = useTranslation();
  const discounted = isDiscounted(offer);
  const best = offer ? formatFen(offer.bestPriceFen * quantity) : fallback;
  return (
    <Flex align="baseline" gap={8} wrap>
      <Typography.Text>{t('store.product.total')}</Typography.Text>
      <Typography.Text strong style={{ fontSize: 26, color: '#f5222d', lineHeight: 1.2 }} data-testid="product-total">
        {best}
      </Typography.Text>
      {discounted ? (
        <>
          <Typography.Text type="secondary" delete data-testid="product-list-price">
            {t('promotionsBuyer.offer.listPrice', { price: formatFen(offer.listPriceFen * quantity) })}
          </Typography.Text>
          <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="discount-tag">
            {t('promotionsBuyer.offer.discountTag', { name: offer.discount.name, date: shortEndDate(offer.discount.endsAt) })}
          </Tag>
        </>
      ) : null}
      {offer && quantity > 1 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('promotionsBuyer.offer.quantityNote', { count: quantity })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
