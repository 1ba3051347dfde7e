import type { CheckoutQuoteReply } from '@cloudmart/contracts';
import { Alert, Descriptions, Flex, Select, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/api/errors';
import { formatFen } from '../../shared/money';
import type { useQuote } from './checkout-quote';
import { choiceFromSelect, couponTerms, NO_COUPON, selectValueOf } from './promotion-format';
import { StackingRule } from './StackingRule';

interface Props {
  state: ReturnType<typeof useQuote>;
  /** the list total the page knows, shown while the quote loads or when it failed (null: unknown, e.g. an upgrade's prorated price) */
  listFen: number | null;
  /** checkout-total on the store page, action-price in the instance modal */
  totalTestId: string;
  size?: 'middle' | 'small';
}

function CouponSelect({ quote, onChange, disabled }: { quote: CheckoutQuoteReply; onChange: (v: string | null) => void; disabled: boolean }) {
  const { t } = useTranslation();
  if (quote.coupons.length === 0) return <Typography.Text type="secondary">{t('promotionsBuyer.checkout.noCoupons')}</Typography.Text>;
  return (
    <Select
      aria-label={t('promotionsBuyer.checkout.coupon')}
      data-testid="coupon-select"
      value={selectValueOf(quote.coupon?.holdingId)}
      onChange={(v: string) => onChange(choiceFromSelect(v))}
      disabled={disabled}
      style={{ width: '100%', maxWidth: 420 }}
      popupMatchSelectWidth={false}
      options={[
        ...quote.coupons.map((c) => ({
          value: c.holdingId,
          label: `${c.name} · ${couponTerms(t, c)} · ${t('promotionsBuyer.checkout.couponSaves', { amount: formatFen(c.amountFen) })}`,
        })),
        { value: NO_COUPON, label: t('promotionsBuyer.checkout.noCoupon') },
      ]}
    />
  );
}

/** 商品原价, 优惠 (the best discount), 优惠券 (the buyer's pick), 实付金额, and the stacking rule under them. */
export function QuoteBreakdown({ state, listFen, totalTestId, size = 'middle' }: Props) {
  const { t } = useTranslation();
  const { quote } = state;
  const data = quote.data;
  const paid = data ? data.paidFen : listFen;
  const money = (fen: number | null) => (fen === null ? t('common.none') : formatFen(fen));
  const busy = quote.isFetching;
  return (
    <Flex vertical gap={8}>
      {state.couponGone ? <Alert type="info" showIcon title={t('promotionsBuyer.checkout.couponGone')} /> : null}
      {quote.isError && !busy ? (
        <Alert type="warning" showIcon title={t('promotionsBuyer.checkout.quoteFailed')} description={errorMessage(t, quote.error)} />
      ) : null}
      <Descriptions
        bordered
        column={1}
        size={size}
        styles={{ label: { width: 160 } }}
        title={t('promotionsBuyer.checkout.breakdown')}
        extra={busy ? <Spin size="small" description={t('promotionsBuyer.checkout.quoting')} /> : null}
        items={[
          {
            key: 'list',
            label: t('promotionsBuyer.checkout.listPrice'),
            children: <span data-testid="quote-list-price">{money(data?.listPriceFen ?? listFen)}</span>,
          },
          ...(data?.discount && data.discount.amountFen > 0
            ? [
                {
                  key: 'discount',
                  label: t('promotionsBuyer.checkout.discount'),
                  children: (
                    <Flex justify="space-between" gap={8} wrap>
                      <Tag color="red">{data.discount.name}</Tag>
                      <Typography.Text type="danger" data-testid="quote-discount">
                        −{formatFen(data.discount.amountFen)}
                      </Typography.Text>
                    </Flex>
                  ),
                },
              ]
            : []),
          ...(data
            ? [
                {
                  key: 'coupon',
                  label: t('promotionsBuyer.checkout.coupon'),
                  children: (
                    <Flex justify="space-between" align="center" gap={8} wrap>
                      <div style={{ flex: 1, minWidth: 200 }}>
                        <CouponSelect quote={data} onChange={state.choose} disabled={busy} />
                      </div>
                      {data.coupon && data.coupon.amountFen > 0 ? (
                        <Typography.Text type="danger" data-testid="quote-coupon">
                          −{formatFen(data.coupon.amountFen)}
                        </Typography.Text>
                      ) : null}
                    </Flex>
                  ),
                },
              ]
            : []),
          {
            key: 'paid',
            label: t('promotionsBuyer.checkout.paid'),
            children: (
              <Typography.Text strong style={{ fontSize: size === 'small' ? 18 : 20, color: '#f5222d' }} data-testid={totalTestId}>
                {money(paid)}
              </Typography.Text>
            ),
          },
        ]}
      />
      <StackingRule />
    </Flex>
  );
}
