import { InfoCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** How discounts and coupons combine (ProductOffers.stacking = best_discount_then_one_coupon), written where prices are shown. */
export function StackingRule() {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="stacking-rule">
      <InfoCircleOutlined /> {t('promotionsBuyer.stacking')}
    </Typography.Text>
  );
}
