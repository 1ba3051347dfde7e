import type { BuyerOrderDetail } from '@cloudmart/contracts';
import { Alert, Descriptions, Flex, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/ui/format';
import { aftersalesErrorMessage } from './aftersales-errors';
import { useApplyRefund, useRefundPolicy } from './refunds.queries';
import { formatFen } from '../../../shared/money';
import { useFeedback } from '../../../shared/ui/feedback';

interface RefundForm {
  reason: string;
}

function PolicyNotes({ paidAt }: { paidAt: string | null }) {
  const { t } = useTranslation();
  const policy = useRefundPolicy();
  if (!policy.data) return <Alert type="info" showIcon title={t('buyerAftersales.refund.policyUnknown')} />;
  const days = policy.data.refundWindowDays;
  const closesAt = paidAt ? dayjs(paidAt).add(days, 'day') : null;
  return (
    <Flex vertical gap={8}>
      <Alert
        type="info"
        showIcon
        title={t('buyerAftersales.refund.policy', { days, autoDays: policy.data.autoApproveDays })}
        description={closesAt ? t('buyerAftersales.refund.closesAt', { time: formatDateTime(closesAt.toISOString()) }) : null}
      />
      {closesAt && closesAt.isBefore(dayjs()) ? <Alert type="warning" showIcon title={t('buyerAftersales.refund.closed', { days })} /> : null}
    </Flex>
  );
}

/** 申请退款: the whole amount paid back within the no-reason window; the seller decides. */
export function RefundApplyModal({ order, onClose }: { order: BuyerOrderDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { modal, message } = useFeedback();
  const [form] = Form.useForm<RefundForm>();
  const apply = useApplyRefund(order.id);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = (values: RefundForm) => {
    setFailure(null);
    modal.confirm({
      title: t('buyerAftersales.refund.confirmTitle'),
      content: t('buyerAftersales.refund.confirmContent', { orderNo: order.orderNo, amount: formatFen(order.paidFen) }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        apply
          .mutateAsync({ reason: values.reason.trim() })
          .then(() => {
            void message.success(t('buyerAftersales.refund.submitted'));
            onClose();
          })
          .catch((err: unknown) => {
            const text = aftersalesErrorMessage(t, err);
            setFailure(text);
            void message.error(text);
          }),
    });
  };

  return (
    <Modal
      open
      title={t('buyerAftersales.refund.modalTitle')}
      okText={t('buyerAftersales.refund.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={apply.isPending}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'order', label: t('buyerAftersales.refund.order'), children: order.orderNo },
            { key: 'product', label: t('buyerAftersales.refund.product'), children: `${order.productName} / ${order.specName}` },
            { key: 'amount', label: t('buyerAftersales.refund.amount'), children: <strong>{formatFen(order.paidFen)}</strong> },
          ]}
        />
        <PolicyNotes paidAt={order.paidAt} />
        <Alert type="warning" showIcon title={t('buyerAftersales.refund.releaseHint')} />
        {failure ? (
          <Alert type="error" showIcon role="alert" title={failure} action={<Link to="/buyer/refunds">{t('buyerAftersales.refund.viewRefunds')}</Link>} />
        ) : null}
        <Form<RefundForm> form={form} layout="vertical" onFinish={submit} requiredMark>
          <Form.Item
            name="reason"
            label={t('buyerAftersales.refund.reason')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 500 }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('buyerAftersales.refund.reasonPlaceholder')} />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
