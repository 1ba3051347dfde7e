import type { OfferPrice, StoreProductDetail, StoreSpec } from '@cloudmart/contracts';
import { Flex, Form, InputNumber, Radio, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { durationLabel, lowestPrice, periodKey, sortedPrices } from './pricing';
import { MAX_QUANTITY, withSpec, type Selection } from './selection';
import { formatFen } from '../../shared/money';

function specHint(t: TFunction, spec: StoreSpec): string {
  if (spec.isTrial) return t('store.product.trialDays', { days: spec.trialDays ?? 0 });
  const low = lowestPrice(spec);
  if (low !== null) return t('store.card.from', { price: formatFen(low) });
  return spec.meters.length ? t('store.card.postpaid') : t('store.card.noPrice');
}

function meterText(t: TFunction, m: StoreSpec['meters'][number]): string {
  return t('store.product.meter', { price: formatFen(m.priceFen), per: m.per, unit: m.unitLabel, dimension: m.dimension });
}

interface SpecPickerProps {
  product: StoreProductDetail;
  value: Selection;
  onChange: (next: Selection) => void;
  /** the viewer's best prices (guide 2.9): a discounted period shows its price after the discount */
  offers?: readonly OfferPrice[];
}

function periodPrice(offers: readonly OfferPrice[] | undefined, specId: string, p: { unit: string; duration: number; priceFen: number }): number {
  const o = offers?.find((x) => x.specId === specId && x.unit === p.unit && x.duration === p.duration);
  return o ? Math.min(o.bestPriceFen, p.priceFen) : p.priceFen;
}

/** Spec cards, the period with its price, and the quantity. */
export function SpecPicker({ product, value, onChange, offers }: SpecPickerProps) {
  const { t } = useTranslation();
  const spec = product.specs.find((s) => s.id === value.specId);

  return (
    <Form layout="horizontal" labelCol={{ flex: '88px' }} labelAlign="left" colon={false} component="div">
      <Form.Item label={t('store.product.spec')}>
        <Radio.Group
          value={value.specId}
          onChange={(e) => onChange(withSpec(product, value, String(e.target.value)))}
          aria-label={t('store.product.spec')}
          optionType="button"
        >
          <Flex gap={8} wrap>
            {product.specs.map((s) => (
              <Radio.Button
                key={s.id}
                value={s.id}
                style={{ height: 'auto', padding: '8px 16px', borderRadius: 6, borderInlineStartWidth: 1, lineHeight: 1.5 }}
              >
                <div style={{ fontWeight: 600 }}>{s.name}</div>
                <div style={{ fontSize: 12, opacity: 0.75 }}>{specHint(t, s)}</div>
              </Radio.Button>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      {spec && !spec.isTrial && spec.prices.length > 0 ? (
        <Form.Item label={t('store.product.duration')}>
          <Radio.Group
            value={value.period}
            onChange={(e) => onChange({ ...value, period: String(e.target.value) })}
            aria-label={t('store.product.duration')}
            optionType="button"
            options={sortedPrices(spec.prices).map((p) => ({
              value: periodKey(p),
              label: `${durationLabel(t, p.unit, p.duration)} · ${formatFen(periodPrice(offers, spec.id, p))}`,
            }))}
          />
        </Form.Item>
      ) : null}
      {spec && spec.meters.length > 0 ? (
        <Form.Item label={t('store.product.usagePrice')}>
          <Flex vertical>
            {spec.meters.map((m) => (
              <Typography.Text key={m.dimension}>{meterText(t, m)}</Typography.Text>
            ))}
          </Flex>
        </Form.Item>
      ) : null}
      {spec?.isTrial ? (
        <Form.Item label={t('store.product.duration')}>
          <Typography.Text>{t('store.product.trialDays', { days: spec.trialDays ?? 0 })}</Typography.Text>
        </Form.Item>
      ) : null}
      <Form.Item label={t('store.product.quantity')} htmlFor="store-quantity">
        <InputNumber
          id="store-quantity"
          min={1}
          max={MAX_QUANTITY}
          precision={0}
          disabled={spec?.isTrial}
          value={value.quantity}
          onChange={(n) => onChange({ ...value, quantity: typeof n === 'number' && n >= 1 ? Math.min(n, MAX_QUANTITY) : 1 })}
        />
      </Form.Item>
    </Form>
  );
}
