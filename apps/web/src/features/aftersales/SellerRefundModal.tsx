import type { InstanceOrder, RefundKind, RefundRelease, SellerRefundBody } from '@cloudmart/contracts';
import { Alert, App, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fenToYuan, formatFen, yuanToFen } from '../../shared/money';
import { useAftersalesReporter } from './aftersales-ui';
import { useRequestSellerRefund } from './refunds.queries';

interface FormValues {
  kind: RefundKind;
  amountYuan?: number;
  release: RefundRelease;
  keepReason?: string;
  reason: string;
}

const REFUNDABLE_TYPES: readonly string[] = ['new', 'renew', 'upgrade', 'trial_to_paid'];

/** The order the server refunds: the instance's latest paid purchase (its balance may be lower after partial refunds). */
export function latestRefundableOrder(orders: readonly InstanceOrder[]): InstanceOrder | undefined {
  return orders
    .filter((o) => o.status === 'paid' && o.paidAt !== null && o.paidFen > 0 && REFUNDABLE_TYPES.includes(o.type))
    .sort((a, b) => (b.paidAt ?? '').localeCompare(a.paidAt ?? ''))[0];
}

interface SellerRefundModalProps {
  open: boolean;
  instanceId: string;
  orders: readonly InstanceOrder[];
  onClose: () => void;
}

/** 处理退款 (DOMAIN 2.5): the seller refunds an instance after agreeing with the buyer; an operator reviews it. */
export function SellerRefundModal({ open, instanceId, orders, onClose }: SellerRefundModalProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const report = useAftersalesReporter();
  const request = useRequestSellerRefund();
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('kind', form);
  const release = Form.useWatch('release', form);
  const target = latestRefundableOrder(orders);
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const send = (v: FormValues) => {
    const body: SellerRefundBody = {
      kind: v.kind,
      ...(v.kind === 'remaining' && v.amountYuan !== undefined ? { amountFen: yuanToFen(v.amountYuan) } : {}),
      release: v.release,
      ...(v.release === 'keep' ? { keepReason: v.keepReason?.trim() } : {}),
      reason: v.reason.trim(),
    };
    modal.confirm({
      title: t('aftersales.sellerRefund.submit'),
      content: t('aftersales.sellerRefund.confirm'),
      onOk: () =>
        request.mutateAsync({ instanceId, body }).then(
          () => {
            onClose();
            void modal.success({ title: t('aftersales.sellerRefund.submitted') });
          },
          (err: unknown) => report(err, form, { refund_exceeds_balance: 'amountYuan' }),
        ),
    });
  };

  const maxYuan = target ? fenToYuan(target.paidFen) : 0;
  return (
    <Modal
      open={open}
      title={t('aftersales.sellerRefund.title')}
      okText={t('aftersales.sellerRefund.submit')}
      okButtonProps={{ loading: request.isPending, disabled: !target }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {!target ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('aftersales.sellerRefund.noPaidOrder')} /> : null}
      <Form<FormValues>
        form={form}
        name="sellerRefund"
        layout="vertical"
        initialValues={{ kind: 'full', release: 'now' }}
        onFinish={send}
        disabled={!target || request.isPending}
      >
        <Form.Item name="kind" label={t('aftersales.sellerRefund.kind')} rules={[{ required: true }]}>
          <Radio.Group options={(['full', 'remaining'] as const).map((k) => ({ value: k, label: t(`aftersales.refunds.kinds.${k}`) }))} />
        </Form.Item>
        {kind === 'remaining' ? (
          <Form.Item
            name="amountYuan"
            label={t('aftersales.sellerRefund.amount')}
            extra={target ? t('aftersales.sellerRefund.amountHelp', { orderNo: target.orderNo, paid: formatFen(target.paidFen) }) : undefined}
            rules={[
              { required: true },
              { type: 'number', min: 0.01, max: maxYuan, message: t('aftersales.sellerRefund.amountMax', { max: formatFen(target?.paidFen ?? 0) }) },
            ]}
          >
            <InputNumber<number> min={0.01} max={maxYuan} precision={2} step={1} prefix="¥" style={{ width: '100%' }} />
          </Form.Item>
        ) : target ? (
          <Form.Item
            label={t('aftersales.sellerRefund.amount')}
            extra={t('aftersales.sellerRefund.amountHelp', { orderNo: target.orderNo, paid: formatFen(target.paidFen) })}
          >
            <Input value={formatFen(target.paidFen)} readOnly aria-label={t('aftersales.sellerRefund.amount')} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="release"
          label={t('aftersales.sellerRefund.release')}
          rules={[{ required: true }]}
          extra={release === 'keep' ? t('aftersales.sellerRefund.releaseHelpKeep') : t('aftersales.sellerRefund.releaseHelpNow')}
        >
          <Radio.Group options={(['now', 'keep'] as const).map((r) => ({ value: r, label: t(`aftersales.refunds.releases.${r}`) }))} />
        </Form.Item>
        {release === 'keep' ? (
          <Form.Item
            name="keepReason"
            label={t('aftersales.sellerRefund.keepReason')}
            rules={[
              { required: true, whitespace: true },
              { max: 500, message: t('validation.tooLong') },
            ]}
          >
            <Input.TextArea rows={2} showCount maxLength={500} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={t('aftersales.sellerRefund.reason')}
          extra={t('aftersales.sellerRefund.reasonHelp')}
          rules={[
            { required: true, whitespace: true },
            { max: 500, message: t('validation.tooLong') },
          ]}
        >
          <Input.TextArea rows={3} showCount maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
