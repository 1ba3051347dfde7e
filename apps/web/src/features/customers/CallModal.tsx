import type { Call } from '@cloudmart/contracts';
import { Alert, Button, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../shared/api/errors';
import { beijingText } from '../promotions/promotion-time';
import { CallDuration, CallOutcome, CallStatusTag } from './CallParts';
import { isCallLive } from './customer-format';
import { useCustomer, usePlaceCall } from './customers.queries';
import { useFeedback } from '../../shared/ui/feedback';

/** The contract's mobilePhone: "每次双呼前都可以填写不同的电话号码". */
const MOBILE = /^1[3-9]\d{9}$/;

interface CallModalProps {
  customerId: string;
  open: boolean;
  onClose: () => void;
}

/**
 * 双呼 (guide 2.8: "单击目标客户操作列中的电话图标，可以使用双呼方式呼叫客户"): the platform rings the
 * seller's phone, then the customer's, each seeing a virtual number only. After placing, the modal
 * shows the call's record and follows it while it rings (from the list page as from the detail).
 */
export function CallModal({ customerId, open, onClose }: CallModalProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ callerPhone: string }>();
  const place = usePlaceCall(customerId);
  const [placedId, setPlacedId] = useState<string | null>(null);
  // the detail (polled while a call is live) carries the record as it moves; the reply stands in until it has it
  const detail = useCustomer(customerId, placedId !== null);
  const placed: Call | null = placedId === null ? null : (detail.data?.calls.find((c) => c.id === placedId) ?? place.data ?? null);

  const close = () => {
    setPlacedId(null);
    place.reset();
    onClose();
  };
  const onFinish = ({ callerPhone }: { callerPhone: string }) =>
    place.mutateAsync(callerPhone.trim()).then(
      (call) => {
        setPlacedId(call.id);
        void message.success(t('customers.callModal.placed'));
      },
      (err: unknown) => report(err, form, { call_failed: 'callerPhone' }),
    );

  return (
    <Modal
      open={open}
      title={t('customers.callModal.title')}
      onCancel={close}
      destroyOnHidden
      footer={
        placed ? (
          <Button type="primary" onClick={close}>
            {t('common.close')}
          </Button>
        ) : (
          <>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" loading={place.isPending} onClick={() => form.submit()}>
              {t('customers.callModal.place')}
            </Button>
          </>
        )
      }
    >
      <Alert type="info" showIcon title={t('customers.callModal.explain')} style={{ marginBottom: 16 }} />
      {placed ? (
        <div data-testid="placed-call">
          <Typography.Title level={5}>{t('customers.callModal.record')}</Typography.Title>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('customers.calls.status')}>
              <CallStatusTag call={placed} />
              {isCallLive(placed) ? <Typography.Text type="secondary">{t('customers.callModal.live')}</Typography.Text> : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('customers.calls.virtualNumber')}>{placed.virtualNumber}</Descriptions.Item>
            <Descriptions.Item label={t('customers.calls.callerPhone')}>{placed.callerPhoneMasked}</Descriptions.Item>
            <Descriptions.Item label={t('customers.calls.createdAt')}>{beijingText(placed.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('customers.calls.outcome')}>
              <CallOutcome call={placed} />
            </Descriptions.Item>
            <Descriptions.Item label={t('customers.calls.duration')}>
              <CallDuration call={placed} />
            </Descriptions.Item>
          </Descriptions>
        </div>
      ) : (
        <Form form={form} layout="vertical" name="placeCall" onFinish={(v) => void onFinish(v)} preserve={false}>
          <Form.Item
            name="callerPhone"
            label={t('customers.callModal.phone')}
            rules={[
              { required: true, whitespace: true, message: t('customers.callModal.phoneRequired') },
              { pattern: MOBILE, message: t('customers.callModal.phoneInvalid') },
            ]}
          >
            <Input inputMode="tel" maxLength={11} autoComplete="tel" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
