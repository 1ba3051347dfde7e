import type { StoreProductDetail } from '@cloudmart/contracts';
import { Alert, Button, Card, Checkbox, Descriptions, Flex, Form, Input, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { usePlaceOrder } from '../orders/buyer/buyer.queries';
import { newIdempotencyKey } from '../../shared/api/client';
import { useStoreErrorReporter } from './store-errors';
import { durationLabel, parsePeriod } from './pricing';
import { resolveSelection, selectionFrom, type Selection } from './selection';
import { productPath, useStoreProduct } from './store.queries';
import { formatFen } from '../../shared/money';
import { isCouponGone, useQuote, type QuoteBase } from '../promotions-buyer/checkout-quote';
import { useClient } from '../promotions-buyer/promotions-buyer.queries';
import { QuoteBreakdown } from '../promotions-buyer/QuoteBreakdown';
import { referralFor } from '../distribution/referral-storage';
import { useTrackPageView } from '../analytics/track';

interface CheckoutValues {
  remark?: string;
  showContact: boolean;
}

function Confirmation({ product, sel }: { product: StoreProductDetail; sel: Selection }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const report = useStoreErrorReporter();
  const place = usePlaceOrder();
  useTrackPageView({ page: 'order', productId: product.id });
  // one key per visit of this page: a double submit or a retry finds the first order
  const [key] = useState(newIdempotencyKey);
  const [form] = Form.useForm<CheckoutValues>();
  const resolved = resolveSelection(product, sel);
  const client = useClient();
  // a paid, prepaid selection is priced by the server: best discount, then the coupon (guide 2.9/2.10)
  const priced = resolved !== null && resolved.totalFen !== null && resolved.totalFen > 0;
  const quoteBase: QuoteBase | null =
    priced && resolved.body.unit && resolved.body.duration
      ? {
          type: 'new',
          productId: product.id,
          specId: resolved.spec.id,
          unit: resolved.body.unit,
          duration: resolved.body.duration,
          quantity: resolved.body.quantity,
          client,
        }
      : null;
  const quote = useQuote(quoteBase);

  if (!resolved) {
    return (
      <Result
        status="warning"
        title={t('store.checkout.stale')}
        extra={<Button onClick={() => void navigate(productPath(product.code))}>{t('store.checkout.backToProduct')}</Button>}
      />
    );
  }
  const { spec, body } = resolved;
  const period = parsePeriod(sel.period);
  const onFinish = (values: CheckoutValues) => {
    const remark = values.remark?.trim();
    // this page places new purchases only (renewals and upgrades have their own flows, never with a
    // referral); a trial pays nothing, so there is no commission to attribute
    const referralCode = spec.isTrial ? null : referralFor(product.id);
    place.mutate(
      {
        body: {
          ...body,
          client,
          couponHoldingId: quoteBase ? quote.couponHoldingId : null,
          showContact: values.showContact,
          ...(remark ? { remark } : {}),
          ...(referralCode ? { referralCode } : {}),
        },
        key,
      },
      {
        onSuccess: (order) => void navigate(`/store/pay/${encodeURIComponent(order.id)}`, { replace: true }),
        onError: (err) => {
          report(err, form);
          // the coupon went (used elsewhere, voided): price again so the page shows what can be had now
          if (isCouponGone(err)) void quote.quote.refetch();
        },
      },
    );
  };

  return (
    <Card>
      <Descriptions
        bordered
        column={1}
        size="middle"
        styles={{ label: { width: 160 } }}
        items={[
          { key: 'product', label: t('store.checkout.product'), children: `${product.name} (${product.code})` },
          { key: 'seller', label: t('store.checkout.seller'), children: product.seller.name },
          { key: 'spec', label: t('store.product.spec'), children: spec.name },
          {
            key: 'duration',
            label: t('store.product.duration'),
            children: spec.isTrial
              ? t('store.product.trialDays', { days: spec.trialDays ?? 0 })
              : period
                ? durationLabel(t, period.unit, period.duration)
                : t('store.product.billedByUsage'),
          },
          { key: 'quantity', label: t('store.product.quantity'), children: body.quantity },
          {
            key: 'unitPrice',
            label: t('store.checkout.unitPrice'),
            children: resolved.unitPriceFen === null ? t('store.product.billedByUsage') : formatFen(resolved.unitPriceFen),
          },
          ...(quoteBase
            ? []
            : [
                {
                  key: 'total',
                  label: t('store.product.total'),
                  children: (
                    <Typography.Text strong style={{ fontSize: 20, color: '#f5222d' }} data-testid="checkout-total">
                      {resolved.totalFen === null ? t('store.product.billedByUsage') : formatFen(resolved.totalFen)}
                    </Typography.Text>
                  ),
                },
              ]),
        ]}
      />
      {quoteBase && resolved.totalFen !== null ? (
        <div style={{ marginTop: 24 }}>
          <QuoteBreakdown state={quote} listFen={resolved.totalFen} totalTestId="checkout-total" />
        </div>
      ) : null}
      {spec.isTrial ? <Alert type="info" showIcon title={t('store.checkout.trialNotice')} style={{ marginTop: 16 }} /> : null}
      <Form<CheckoutValues> form={form} layout="vertical" style={{ marginTop: 24, maxWidth: 640 }} initialValues={{ showContact: false }} onFinish={onFinish}>
        <Form.Item name="remark" label={t('store.checkout.remark')}>
          <Input.TextArea rows={3} maxLength={200} showCount placeholder={t('store.checkout.remarkPlaceholder')} />
        </Form.Item>
        <Form.Item name="showContact" valuePropName="checked">
          <Checkbox>{t('store.checkout.showContact')}</Checkbox>
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" size="large" loading={place.isPending} disabled={quoteBase !== null && !quote.ready}>
            {t('store.checkout.submit')}
          </Button>
          <Button size="large" onClick={() => void navigate(productPath(product.code))}>
            {t('store.checkout.backToProduct')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

/** /store/checkout?product&spec&period&qty — the order confirmation. */
export function CheckoutPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { productCode, sel } = selectionFrom(params);
  const product = useStoreProduct(productCode);

  return (
    <>
      <PageHeader title={t('store.checkout.title')} />
      {productCode === '' ? (
        <Result status="warning" title={t('store.checkout.stale')} />
      ) : product.isPending ? (
        <LoadingBlock />
      ) : product.isError ? (
        <LoadError error={product.error} onRetry={() => void product.refetch()} />
      ) : (
        <Confirmation product={product.data} sel={sel} />
      )}
    </>
  );
}
