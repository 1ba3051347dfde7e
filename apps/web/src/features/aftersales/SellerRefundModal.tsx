import type { RefundKind, RefundRelease, SellerRefundBody } from '@cloudmart/contracts';
import { Alert, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fenToYuan, formatFen, yuanToFen } from '../../shared/money';
import { useAftersalesReporter } from './aftersales-ui';
import { useInstanceRefundBalance, useRequestSellerRefund } from './refunds.queries';
import { useFeedback } from '../../shared/ui/feedback';

interface FormValues {
  kind: RefundKind;
  amountYuan?: number;
  release: RefundRelease;
  keepReason?: string;
  reason: string;
}

interface SellerRefundModalProps {
  open: boolean;
  instanceId: string;
  onClose: () => void;
}

/**
 * 处理退款 (DOMAIN 2.5): the seller refunds an instance after agreeing with the buyer; an
 * operator reviews it. Guide "退款金额 (总额…余额…)": the amount may reach the balance left on
 * all the instance's paid orders, which the server splits over them newest first.
 */
export function SellerRefundModal({ open, instanceId, onClose }: SellerRefundModalProps) {
  const { t } = useTranslation();
  const { modal } = useFeedback();
  const report = useAftersalesReporter();
  const request = useRequestSellerRefund();
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('kind', form);
  const release = Form.useWatch('release', form);
  const balance = useInstanceRefundBalance(instanceId, open);
  const balanceFen = balance.data?.balanceFen ?? 0;
  const refundable = balanceFen > 0;
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
          (err: unknown) => {
            void balance.refetch();
            report(err, form, { refund_exceeds_balance: 'amountYuan' });
          },
        ),
    });
  };

  const maxYuan = fenToYuan(balanceFen);
  const amountLabel = balance.data
    ? t('refundBalance.amountLabel', { total: formatFen(balance.data.totalFen), balance: formatFen(balance.data.balanceFen) })
    : t('aftersales.sellerRefund.amount');
  return (
    <Modal
      open={open}
      title={t('aftersales.sellerRefund.title')}
      okText={t('aftersales.sellerRefund.submit')}
      okButtonProps={{ loading: request.isPending, disabled: !refundable }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {balance.data && !refundable ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={balance.data.totalFen > 0 ? t('refundBalance.noBalance') : t('aftersales.sellerRefund.noPaidOrder')}
        />
      ) : null}
      <Form<FormValues>
        form={form}
        name="sellerRefund"
        layout="vertical"
        initialValues={{ kind: 'full', release: 'now' }}
        onFinish={send}
        disabled={!refundable || request.isPending}
      >
        <Form.Item name="kind" label={t('aftersales.sellerRefund.kind')} rules={[{ required: true }]}>
          <Radio.Group options={(['full', 'remaining'] as const).map((k) => ({ value: k, label: t(`aftersales.refunds.kinds.${k}`) }))} />
        </Form.Item>
        {kind === 'remaining' ? (
          <Form.Item
            name="amountYuan"
            label={amountLabel}
            extra={t('refundBalance.amountHelp')}
            rules={[{ required: true }, { type: 'number', min: 0.01, max: maxYuan, message: t('refundBalance.amountMax', { max: formatFen(balanceFen) }) }]}
          >
            <InputNumber<number> min={0.01} max={maxYuan} precision={2} step={1} prefix="¥" style={{ width: '100%' }} />
          </Form.Item>
        ) : (
          <Form.Item label={amountLabel} extra={t('refundBalance.amountHelp')}>
            <Input value={formatFen(balanceFen)} readOnly aria-label={t('aftersales.sellerRefund.amount')} />
          </Form.Item>
        )}
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
