import { Typography, type DescriptionsProps } from 'antd';
import type { TFunction } from 'i18next';
import { formatFen } from '../../shared/money';
import { orderPriceRows } from './promotion-format';

type Items = NonNullable<DescriptionsProps['items']>;

/**
 * The 优惠 and 优惠券 rows of an order's details (between its 原价 and 实付 rows), only those that
 * took something off; the names are the snapshots taken at placing.
 */
export function orderPromotionItems(
  t: TFunction,
  o: { listPriceFen: number; paidFen: number; discountName: string | null; discountFen: number; couponName: string | null; couponFen: number },
): Items {
  return orderPriceRows(o).flatMap((r) =>
    r.key === 'discount' || r.key === 'coupon'
      ? [
          {
            key: r.key,
            label: t(`promotionsBuyer.order.${r.key}`),
            children: (
              <Typography.Text data-testid={`order-${r.key}`}>
                {t('promotionsBuyer.order.amountOff', { name: r.name, amount: formatFen(r.fen) })}
              </Typography.Text>
            ),
          },
        ]
      : [],
  );
}
