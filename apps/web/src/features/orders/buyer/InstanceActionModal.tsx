import type { BuyerInstanceDetail, PurchaseUnit, StoreSpec } from '@cloudmart/contracts';
import { Alert, Flex, Form, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { priceOf } from '../../store/pricing';
import { useStoreErrorReporter } from '../../store/store-errors';
import { useStoreProduct } from '../../store/store.queries';
import { useInstanceAction } from './buyer.queries';
import { newIdempotencyKey } from '../../../shared/api/client';
import { isCouponGone, useQuote, type QuoteBase } from '../../promotions-buyer/checkout-quote';
import { useClient } from '../../promotions-buyer/promotions-buyer.queries';
import { QuoteBreakdown } from '../../promotions-buyer/QuoteBreakdown';

export type InstanceActionKind = 'renew' | 'upgrade' | 'convert';

interface Props {
  kind: InstanceActionKind;
  instance: BuyerInstanceDetail;
  onClose: () => void;
}

const maxDuration: Record<PurchaseUnit, number> = { month: 36, year: 5 };

/** Renew (period), upgrade (spec) or convert a trial (spec + period): each makes an order to pay. */
export function InstanceActionModal({ kind, instance, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const report = useStoreErrorReporter();
  const product = useStoreProduct(instance.productId);
  const action = useInstanceAction(instance.id);
  const [key] = useState(newIdempotencyKey);
  const [unit, setUnit] = useState<PurchaseUnit>('month');
  const [duration, setDuration] = useState(1);
  const [specId, setSpecId] = useState<string>('');

  const specs: StoreSpec[] = product.data?.specs ?? [];
  const current = specs.find((s) => s.id === instance.specId);
  const targets = specs.filter((s) => !s.isTrial && s.prices.length > 0 && s.id !== instance.specId);
  const priced = kind === 'renew' ? current : specs.find((s) => s.id === specId);
  const price = kind === 'upgrade' || !priced ? undefined : priceOf(priced, unit, duration);
  const ready = kind === 'renew' ? price !== undefined : kind === 'upgrade' ? specId !== '' : specId !== '' && price !== undefined;

  const client = useClient();
  // the server prices the action: best discount, then the buyer's coupon (guide 2.9/2.10)
  const quoteBase: QuoteBase | null = !ready
    ? null
    : kind === 'renew'
      ? { type: 'renew', instanceId: instance.id, unit, duration, client }
      : kind === 'upgrade'
        ? { type: 'upgrade', instanceId: instance.id, specId, client }
        : { type: 'trial_to_paid', instanceId: instance.id, specId, unit, duration, client };
  const quote = useQuote(quoteBase);
  const couponHoldingId = quote.couponHoldingId;

  const submit = () => {
    const body =
      kind === 'renew'
        ? { kind, body: { unit, duration, client, couponHoldingId } }
        : kind === 'upgrade'
          ? { kind, body: { specId, client, couponHoldingId } }
          : { kind, body: { specId, unit, duration, client, couponHoldingId } };
    action.mutate(
      { action: body, key },
      {
        onSuccess: (order) => {
          onClose();
          void navigate(`/store/pay/${encodeURIComponent(order.id)}`);
        },
        onError: (err) => {
          report(err);
          if (isCouponGone(err)) void quote.quote.refetch();
        },
      },
    );
  };

  const periodFields = (
    <>
      <Form.Item label={t('store.instance.unit')}>
        <Radio.Group
          value={unit}
          onChange={(e) => {
            const next: PurchaseUnit = e.target.value === 'year' ? 'year' : 'month';
            setUnit(next);
            setDuration((d) => Math.min(d, maxDuration[next]));
          }}
          optionType="button"
          options={[
            { value: 'month', label: t('store.instance.byMonth') },
            { value: 'year', label: t('store.instance.byYear') },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('store.product.duration')} htmlFor="instance-duration">
        <InputNumber
          id="instance-duration"
          min={1}
          max={maxDuration[unit]}
          precision={0}
          value={duration}
          onChange={(n) => setDuration(typeof n === 'number' && n >= 1 ? n : 1)}
        />
      </Form.Item>
      {price ? null : (
        <Form.Item label={t('store.product.total')}>
          <Typography.Text type="warning">{t('store.instance.noPrice')}</Typography.Text>
        </Form.Item>
      )}
    </>
  );

  return (
    <Modal
      open
      title={t(`store.instance.${kind}Title`)}
      okText={t('store.instance.createOrder')}
      onOk={submit}
      onCancel={onClose}
      okButtonProps={{ disabled: !ready || !quote.ready, loading: action.isPending }}
      width={640}
      destroyOnHidden
    >
      {product.isPending ? (
        <LoadingBlock minHeight={160} />
      ) : product.isError ? (
        <LoadError error={product.error} onRetry={() => void product.refetch()} />
      ) : (
        <Form layout="horizontal" labelCol={{ flex: '96px' }} labelAlign="left" colon={false} component="div" style={{ marginTop: 16 }}>
          <Form.Item label={t('store.instance.currentSpec')}>
            <Typography.Text>{instance.specName}</Typography.Text>
          </Form.Item>
          {kind !== 'renew' ? (
            <Form.Item label={t('store.instance.targetSpec')} htmlFor="instance-target-spec">
              <Select
                id="instance-target-spec"
                value={specId || undefined}
                placeholder={t('store.instance.chooseSpec')}
                onChange={setSpecId}
                options={targets.map((s) => ({ value: s.id, label: s.name }))}
                notFoundContent={t('store.instance.noTargets')}
              />
            </Form.Item>
          ) : null}
          {kind === 'upgrade' ? <Alert type="info" showIcon title={t('store.instance.upgradeHint')} /> : periodFields}
          <Flex />
        </Form>
      )}
      {quoteBase ? <QuoteBreakdown state={quote} listFen={price ? price.priceFen : null} totalTestId="action-price" size="small" /> : null}
    </Modal>
  );
}
