import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { CouponStrip } from './CouponStrip';
import { useShopCoupons } from './promotions-buyer.queries';
import { StackingRule } from './StackingRule';

/** The shop's coupons (在店铺中显示) with their claim buttons; nothing while loading, on failure or when there are none. */
export function ShopCoupons({ sellerCode }: { sellerCode: string }) {
  const { t } = useTranslation();
  const coupons = useShopCoupons(sellerCode);
  const items = coupons.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card title={t('promotionsBuyer.coupons.title')} style={{ marginBottom: 16 }} data-testid="shop-coupons">
      <CouponStrip coupons={items} />
      <div style={{ marginTop: 12 }}>
        <StackingRule />
      </div>
    </Card>
  );
}
