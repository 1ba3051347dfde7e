import { leadRejectReasons, type LeadRejectReason } from '@cloudmart/contracts';
import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../shared/api/errors';
import { useAcceptLead, useRejectLead, useSetRemark } from './leads.queries';
import { useFeedback } from '../../../shared/ui/feedback';

/** The contract's mobilePhone. */
export const MOBILE = /^1[3-9]\d{9}$/;

export interface LeadRef {
  id: string;
  name: string;
}

/** "在接受需求对话框中填写联系电话，单击确定". */
export function AcceptModal({ lead, onClose }: { lead: LeadRef | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ contactPhone: string }>();
  const accept = useAcceptLead();
  const onFinish = ({ contactPhone }: { contactPhone: string }) => {
    if (!lead) return;
    accept.mutateAsync({ id: lead.id, contactPhone: contactPhone.trim() }).then(
      () => {
        void message.success(t('leadsSeller.accept.done'));
        onClose();
      },
      (err: unknown) => report(err, form),
    );
  };
  return (
    <Modal
      open={lead !== null}
      title={t('leadsSeller.accept.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      confirmLoading={accept.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('leadsSeller.accept.explain')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" name="acceptLead" onFinish={onFinish} preserve={false}>
        <Form.Item label={t('leadsSeller.list.name')}>{lead?.name}</Form.Item>
        <Form.Item
          name="contactPhone"
          label={t('leadsSeller.accept.phone')}
          rules={[
            { required: true, whitespace: true, message: t('leadsSeller.accept.phoneRequired') },
            { pattern: MOBILE, message: t('leadsSeller.accept.phoneInvalid') },
          ]}
        >
          <Input inputMode="tel" maxLength={11} autoComplete="tel" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ReasonValues {
  reasonType: LeadRejectReason;
  reason?: string;
}

/**
 * 拒绝需求 ("选择拒绝类型，单击确定拒绝") and 终止服务, which the guide answers with the same
 * dialog ("单击右上角的终止服务。在拒绝需求对话框中选择拒绝类型"). 其他 needs a written reason.
 */
export function ReasonModal({ lead, mode, onClose }: { lead: LeadRef | null; mode: 'reject' | 'terminate'; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<ReasonValues>();
  const send = useRejectLead(mode);
  const reasonType = Form.useWatch('reasonType', form);
  const onFinish = (v: ReasonValues) => {
    if (!lead) return;
    const reason = v.reason?.trim() || undefined;
    send.mutateAsync({ id: lead.id, body: { reasonType: v.reasonType, reason } }).then(
      () => {
        void message.success(t(mode === 'reject' ? 'leadsSeller.reject.done' : 'leadsSeller.terminate.done'));
        onClose();
      },
      (err: unknown) => report(err, form),
    );
  };
  return (
    <Modal
      open={lead !== null}
      title={mode === 'reject' ? t('leadsSeller.reject.title') : t('leadsSeller.terminate.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={mode === 'reject' ? t('leadsSeller.reject.ok') : t('leadsSeller.terminate.ok')}
      okButtonProps={{ danger: true }}
      confirmLoading={send.isPending}
      destroyOnHidden
    >
      {mode === 'terminate' ? <Alert type="warning" showIcon title={t('leadsSeller.terminate.explain')} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" name={mode === 'reject' ? 'rejectLead' : 'terminateLead'} onFinish={onFinish} preserve={false}>
        <Form.Item label={t('leadsSeller.list.name')}>{lead?.name}</Form.Item>
        <Form.Item
          name="reasonType"
          label={t('leadsSeller.reject.reasonType')}
          rules={[{ required: true, message: t('leadsSeller.reject.reasonTypeRequired') }]}
        >
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            {leadRejectReasons.map((r) => (
              <Radio key={r} value={r}>
                {t(`leadsSeller.reasons.${r}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('leadsSeller.reject.reason')}
          rules={[
            { required: reasonType === 'other', whitespace: true, message: t('leadsSeller.reject.reasonRequired') },
            { max: 200, message: t('leadsSeller.reject.tooLong', { max: 200 }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** "备注： 设置备注": the seller's own note on a lead (≤ 100 characters; empty clears it). */
export function RemarkModal({ lead, onClose }: { lead: (LeadRef & { remark: string | null }) | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<{ remark?: string }>();
  const save = useSetRemark();
  const onFinish = (v: { remark?: string }) => {
    if (!lead) return;
    save.mutateAsync({ id: lead.id, remark: v.remark?.trim() ?? '' }).then(
      () => {
        void message.success(t('leadsSeller.remark.saved'));
        onClose();
      },
      (err: unknown) => report(err, form),
    );
  };
  return (
    <Modal
      open={lead !== null}
      title={t('leadsSeller.remark.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="leadRemark" onFinish={onFinish} preserve={false} initialValues={{ remark: lead?.remark ?? '' }}>
        <Form.Item name="remark" label={t('leadsSeller.remark.label')} rules={[{ max: 100, message: t('leadsSeller.reject.tooLong', { max: 100 }) }]}>
          <Input.TextArea rows={3} maxLength={100} showCount placeholder={t('leadsSeller.remark.placeholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
