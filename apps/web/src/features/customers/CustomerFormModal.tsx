import type { CustomerDetail, CustomerKind } from '@cloudmart/contracts';
import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../shared/api/errors';
import { blankToUndefined } from '../../shared/ui/form-rules';
import { useCreatePrivateCustomer, useEditCustomer } from './customers.queries';
import { useFeedback } from '../../shared/ui/feedback';

/** The same mobile rule as the contract's mobilePhone (中国大陆 11 位). */
const MOBILE = /^1[3-9]\d{9}$/;

interface Values {
  name?: string;
  company?: string;
  phone?: string;
  email?: string;
  remark?: string;
}

/** The fields of 添加用户 and 编辑信息 (the contract's limits, checked before a round trip). */
function CustomerFields({ kind }: { kind: CustomerKind }) {
  const { t } = useTranslation();
  const tooLong = (max: number) => ({ max, message: t('customers.form.tooLong', { max }) });
  return (
    <>
      <Form.Item
        name="name"
        label={t('customers.form.name')}
        rules={[...(kind === 'private' ? [{ required: true, whitespace: true, message: t('customers.form.nameRequired') }] : []), tooLong(40)]}
      >
        <Input placeholder={t('customers.form.namePlaceholder')} maxLength={40} />
      </Form.Item>
      <Form.Item name="company" label={t('customers.form.company')} rules={[tooLong(60)]}>
        <Input maxLength={60} />
      </Form.Item>
      {kind === 'private' ? (
        <>
          <Form.Item name="phone" label={t('customers.form.phone')} rules={[{ pattern: MOBILE, message: t('customers.form.phoneInvalid') }]}>
            <Input inputMode="tel" maxLength={11} />
          </Form.Item>
          <Form.Item name="email" label={t('customers.form.email')} rules={[{ type: 'email', message: t('customers.form.emailInvalid') }, tooLong(120)]}>
            <Input inputMode="email" />
          </Form.Item>
        </>
      ) : null}
      <Form.Item name="remark" label={t('customers.form.remark')} rules={[tooLong(200)]}>
        <Input.TextArea rows={3} maxLength={200} showCount />
      </Form.Item>
    </>
  );
}

/** 添加用户 (guide 2.8 添加私有客户: "填写客户信息，单击保存"). */
export function AddPrivateCustomerModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (c: CustomerDetail) => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<Values>();
  const create = useCreatePrivateCustomer();
  const onFinish = (v: Values) =>
    create
      .mutateAsync({
        name: (v.name ?? '').trim(),
        company: blankToUndefined(v.company),
        phone: blankToUndefined(v.phone),
        email: blankToUndefined(v.email),
        remark: blankToUndefined(v.remark),
      })
      .then(
        (c) => {
          void message.success(t('customers.form.created'));
          form.resetFields();
          onCreated(c);
        },
        (err: unknown) => report(err, form),
      );
  return (
    <Modal
      open={open}
      title={t('customers.form.addTitle')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="addPrivateCustomer" onFinish={(v) => void onFinish(v)} preserve={false}>
        <CustomerFields kind="private" />
      </Form>
    </Modal>
  );
}

/** 编辑信息: the seller's own record of a customer (a platform customer's phone and e-mail are the buyer's). */
export function EditCustomerModal({ customer, open, onClose }: { customer: CustomerDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<Values>();
  const edit = useEditCustomer(customer.id);
  const initial: Values = {
    name: customer.name ?? undefined,
    company: customer.company ?? undefined,
    phone: customer.contact?.phone ?? undefined,
    email: customer.contact?.email ?? undefined,
    remark: customer.remark ?? undefined,
  };
  const onFinish = (v: Values) =>
    edit
      .mutateAsync({
        // '' clears a text; phone and e-mail have formats, so a blank one is left as it was
        name: v.name?.trim() ?? '',
        company: v.company?.trim() ?? '',
        remark: v.remark?.trim() ?? '',
        ...(customer.kind === 'private' ? { phone: blankToUndefined(v.phone), email: blankToUndefined(v.email) } : {}),
      })
      .then(
        () => {
          void message.success(t('customers.form.saved'));
          onClose();
        },
        (err: unknown) => report(err, form),
      );
  return (
    <Modal
      open={open}
      title={t('customers.form.editTitle')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={edit.isPending}
      destroyOnHidden
    >
      {customer.kind === 'platform' ? <Typography.Paragraph type="secondary">{t('customers.form.privateOnly')}</Typography.Paragraph> : null}
      <Form form={form} layout="vertical" name="editCustomer" initialValues={initial} onFinish={(v) => void onFinish(v)} preserve={false}>
        <CustomerFields kind={customer.kind} />
      </Form>
    </Modal>
  );
}
