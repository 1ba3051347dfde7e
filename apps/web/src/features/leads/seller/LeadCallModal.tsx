import type { Call } from '@cloudmart/contracts';
import { Alert, Button, Descriptions, Divider, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../shared/api/errors';
import { beijingText } from '../../promotions/promotion-time';
import { MOBILE } from './AnswerModals';
import { isCallLive } from './lead-format';
import { CallDuration, CallOutcome, CallStatusTag } from './lead-parts';
import { usePlaceLeadCall } from './leads.queries';
import { NoteForm } from './NoteForm';
import { useFeedback } from '../../../shared/ui/feedback';

interface LeadCallModalProps {
  leadId: string;
  open: boolean;
  /** the lead's calls as the (polled) detail has them: the placed call's record moves there */
  calls: readonly Call[];
  /** the phone to offer first (the one given when accepting) */
  defaultPhone: string | null;
  onClose: () => void;
}

/**
 * 双呼 (guide 4 跟踪需求): "填写您的联系方式，单击发起呼叫" — the platform rings the seller first, then
 * the customer, each seeing a virtual number. Once placed the dialog shows the call and asks for
 * its 小记 ("与用户联系后，需按照要求添加小记").
 */
export function LeadCallModal({ leadId, open, calls, defaultPhone, onClose }: LeadCallModalProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ callerPhone: string }>();
  const place = usePlaceLeadCall(leadId);
  const [placedId, setPlacedId] = useState<string | null>(null);
  const placed: Call | null = placedId === null ? null : (calls.find((c) => c.id === placedId) ?? place.data ?? null);

  const close = () => {
    setPlacedId(null);
    place.reset();
    onClose();
  };
  const onFinish = ({ callerPhone }: { callerPhone: string }) =>
    place.mutateAsync(callerPhone.trim()).then(
      (call) => {
        setPlacedId(call.id);
        void message.success(t('leadsSeller.call.placed'));
      },
      (err: unknown) => report(err, form, { call_failed: 'callerPhone' }),
    );

  return (
    <Modal
      open={open}
      title={t('leadsSeller.call.title')}
      onCancel={close}
      destroyOnHidden
      width={640}
      footer={
        placed ? null : (
          <>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" loading={place.isPending} onClick={() => form.submit()}>
              {t('leadsSeller.call.place')}
            </Button>
          </>
        )
      }
    >
      {placed ? (
        <div data-testid="placed-call">
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('leadsSeller.call.virtualNumber')}>
              <Typography.Text strong copyable>
                {placed.virtualNumber}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('leadsSeller.call.status')}>
              <CallStatusTag call={placed} />
            </Descriptions.Item>
            <Descriptions.Item label={t('leadsSeller.call.callerPhone')}>{placed.callerPhoneMasked}</Descriptions.Item>
            <Descriptions.Item label={t('leadsSeller.call.createdAt')}>{beijingText(placed.createdAt, 16)}</Descriptions.Item>
            <Descriptions.Item label={t('leadsSeller.call.outcome')}>
              <CallOutcome call={placed} />
            </Descriptions.Item>
            <Descriptions.Item label={t('leadsSeller.call.duration')}>{isCallLive(placed) ? '…' : <CallDuration call={placed} />}</Descriptions.Item>
          </Descriptions>
          <Divider titlePlacement="start" plain>
            {t('leadsSeller.note.title')}
          </Divider>
          <Alert type="warning" showIcon title={t('leadsSeller.call.afterCall')} style={{ marginBottom: 12 }} />
          <NoteForm leadId={leadId} call={placed} onDone={close} name="callDialogNote" />
        </div>
      ) : (
        <>
          <Alert type="info" showIcon title={t('leadsSeller.call.explain')} style={{ marginBottom: 16 }} />
          <Form
            form={form}
            layout="vertical"
            name="placeLeadCall"
            onFinish={(v) => void onFinish(v)}
            preserve={false}
            initialValues={{ callerPhone: defaultPhone ?? '' }}
          >
            <Form.Item
              name="callerPhone"
              label={t('leadsSeller.call.phone')}
              rules={[
                { required: true, whitespace: true, message: t('leadsSeller.call.phoneRequired') },
                { pattern: MOBILE, message: t('leadsSeller.call.phoneInvalid') },
              ]}
            >
              <Input inputMode="tel" maxLength={11} autoComplete="tel" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
