import type { CustomerRow, SendCustomerCouponReply } from '@cloudmart/contracts';
import { Alert, Button, Form, Modal, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/client';
import { useErrorReporter } from '../../shared/api/errors';
import { commerceErrorMessage } from '../../shared/ui/commerce-ui';
import { couponOfferText } from '../promotions/promotion-format';
import { beijingText } from '../promotions/promotion-time';
import { useCoupons, type CouponListState } from '../promotions/promotions.queries';
import { refusalRows, sendableCoupons } from './customer-format';
import { useSendCoupon } from './customers.queries';

export type CouponRecipient = Pick<CustomerRow, 'id' | 'name' | 'contactName' | 'company' | 'buyerAccount'>;

/** The seller's coupons in force (营销 > 优惠券设置), at most a page of 100: the ones a customer can be sent. */
const NORMAL_COUPONS: CouponListState = { filters: { status: 'normal' }, page: 1, pageSize: 100 };

interface SendCouponModalProps {
  /** null: closed */
  recipients: CouponRecipient[] | null;
  onClose: () => void;
}

/**
 * 发放优惠券 / 批量发送优惠券 (guide 2.8: "选择想要给客户发送的优惠券"): pick one of the shop's
 * coupons; the reply says who got it and why the others did not (no linked account, limit reached…).
 */
export function SendCouponModal({ recipients, onClose }: SendCouponModalProps) {
  return recipients === null ? null : <SendCoupon recipients={recipients} onClose={onClose} />;
}

function SendCoupon({ recipients, onClose }: { recipients: CouponRecipient[]; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ couponId: string }>();
  const coupons = useCoupons(NORMAL_COUPONS);
  const send = useSendCoupon();
  const [result, setResult] = useState<SendCustomerCouponReply | null>(null);
  // judged once per opening: a coupon that ends while the modal is open is refused by the server anyway
  const [openedAt] = useState(() => Date.now());
  const options = useMemo(() => sendableCoupons(coupons.data?.items ?? [], openedAt), [coupons.data, openedAt]);
  const batch = recipients.length > 1;

  const onFinish = ({ couponId }: { couponId: string }) =>
    send.mutateAsync({ customerIds: recipients.map((r) => r.id), couponId }).then(setResult, (err: unknown) => report(err, form));

  if (result) {
    const refused = refusalRows(result.refused, recipients);
    return (
      <Modal
        open
        title={t('customers.couponModal.resultTitle')}
        onCancel={onClose}
        footer={
          <Button type="primary" onClick={onClose}>
            {t('customers.couponModal.done')}
          </Button>
        }
      >
        <Space vertical style={{ width: '100%' }}>
          {refused.length === 0 ? (
            <Alert type="success" showIcon title={t('customers.couponModal.allSent', { count: result.sent.length })} />
          ) : (
            <Alert
              type={result.sent.length ? 'warning' : 'error'}
              showIcon
              title={t('customers.couponModal.partial', { sent: result.sent.length, refused: refused.length })}
            />
          )}
          {refused.length ? (
            <Table
              size="small"
              rowKey="customerId"
              pagination={false}
              dataSource={refused}
              aria-label={t('customers.couponModal.refused', { count: refused.length })}
              columns={[
                { key: 'customer', title: t('customers.couponModal.refusedCustomer'), width: 160, ellipsis: true, render: (_, r) => r.label },
                {
                  key: 'reason',
                  title: t('customers.couponModal.refusedReason'),
                  render: (_, r) => commerceErrorMessage(t, new ApiError(409, { code: r.code })),
                },
              ]}
            />
          ) : null}
        </Space>
      </Modal>
    );
  }

  return (
    <Modal
      open
      title={batch ? t('customers.couponModal.batchTitle') : t('customers.couponModal.title')}
      okText={t('customers.couponModal.send')}
      okButtonProps={{ disabled: coupons.isSuccess && options.length === 0 }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={send.isPending}
      width={560}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('customers.couponModal.hint', { count: recipients.length })}</Typography.Paragraph>
      {coupons.isSuccess && options.length === 0 ? <Alert type="info" showIcon title={t('customers.couponModal.noCoupons')} /> : null}
      <Form form={form} layout="vertical" name="sendCoupon" onFinish={(v) => void onFinish(v)}>
        <Form.Item name="couponId" label={t('customers.couponModal.coupon')} rules={[{ required: true, message: t('customers.couponModal.couponRequired') }]}>
          <Select
            loading={coupons.isPending}
            showSearch
            optionFilterProp="title"
            aria-label={t('customers.couponModal.coupon')}
            options={options.map((c) => ({
              value: c.id,
              title: c.name,
              label: (
                <Space size={8}>
                  <span>{c.name}</span>
                  <Typography.Text type="secondary">
                    {couponOfferText(t, c)} · {t('customers.couponModal.validTo')} {beijingText(c.validTo, 10)} ·{' '}
                    {t('customers.couponModal.remaining', { count: c.issueCount - c.claimedCount })}
                  </Typography.Text>
                </Space>
              ),
            }))}
          />
        </Form.Item>
      </Form>
      {coupons.isError ? <Alert type="error" showIcon title={commerceErrorMessage(t, coupons.error)} /> : null}
    </Modal>
  );
}
