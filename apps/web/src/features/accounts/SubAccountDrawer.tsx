import type { SubAccount } from '@cloudmart/contracts';
import { Drawer, Form, Input, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../shared/api/errors';
import { blankToNull, blankToUndefined, useFormRules } from '../../shared/ui/form-rules';
import { sellerCodeFromLoginUrl, useCreateSubAccount, useLoginUrl, usePermissionGroups, useUpdateSubAccount } from './accounts.queries';
import { SaveCancelFooter } from '../../shared/ui/SaveCancelFooter';
import { useFeedback } from '../../shared/ui/feedback';

interface SubAccountValues {
  name?: string;
  displayName: string;
  email?: string;
  phone?: string;
  groupIds: string[];
}

interface SubAccountDrawerProps {
  open: boolean;
  /** null: create a new sub-account */
  editing: SubAccount | null;
  onClose: () => void;
  onCreated: (reply: { subAccount: SubAccount; initialPassword: string }) => void;
}

export function SubAccountDrawer({ open, editing, onClose, onCreated }: SubAccountDrawerProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const rules = useFormRules();
  const report = useErrorReporter();
  const [form] = Form.useForm<SubAccountValues>();
  const groups = usePermissionGroups();
  const loginUrl = useLoginUrl();
  const create = useCreateSubAccount();
  const update = useUpdateSubAccount();
  const sellerCode = sellerCodeFromLoginUrl(loginUrl.data?.url);
  const pending = create.isPending || update.isPending;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        displayName: editing.displayName,
        email: editing.email ?? '',
        phone: editing.phone ?? '',
        groupIds: editing.groups.map((g) => g.id),
      });
    }
  }, [open, editing, form]);

  const onFinish = (v: SubAccountValues) => {
    if (editing) {
      update.mutate(
        {
          id: editing.id,
          body: { displayName: v.displayName.trim(), email: blankToNull(v.email), phone: blankToNull(v.phone), groupIds: v.groupIds },
        },
        {
          onSuccess: () => {
            void message.success(t('common.saved'));
            onClose();
          },
          onError: (err) => report(err, form),
        },
      );
      return;
    }
    create.mutate(
      {
        name: (v.name ?? '').trim(),
        displayName: v.displayName.trim(),
        email: blankToUndefined(v.email),
        phone: blankToUndefined(v.phone),
        groupIds: v.groupIds,
      },
      { onSuccess: onCreated, onError: (err) => report(err, form, { login_taken: 'name', name_taken: 'name' }) },
    );
  };

  return (
    <Drawer
      title={editing ? t('subAccounts.editTitle') : t('subAccounts.createTitle')}
      open={open}
      onClose={onClose}
      size={480}
      mask={{ closable: !pending }}
      footer={<SaveCancelFooter pending={pending} onCancel={onClose} onSave={() => form.submit()} />}
    >
      <Form<SubAccountValues> form={form} name="subAccount" layout="vertical" onFinish={onFinish} initialValues={{ groupIds: [] }} disabled={pending}>
        {editing ? (
          <Form.Item label={t('subAccounts.loginName')} htmlFor="subAccount_loginName">
            <Input id="subAccount_loginName" value={editing.loginName} readOnly variant="filled" />
          </Form.Item>
        ) : (
          <Form.Item
            label={t('subAccounts.name')}
            htmlFor="subAccount_name"
            required
            extra={sellerCode ? t('subAccounts.nameHelp', { code: sellerCode }) : t('subAccounts.nameHelpNoCode')}
          >
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="name" noStyle rules={rules.subAccountName}>
                <Input autoComplete="off" />
              </Form.Item>
              {sellerCode ? <Space.Addon>@{sellerCode}</Space.Addon> : null}
            </Space.Compact>
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('subAccounts.displayName')} rules={[rules.requiredTrimmed, rules.maxLength(64)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={t('subAccounts.email')} rules={[rules.email]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone" label={t('subAccounts.phone')} rules={[rules.phone]}>
          <Input type="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name="groupIds" label={t('subAccounts.groups')}>
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={groups.isPending}
            placeholder={t('subAccounts.groupsPlaceholder')}
            options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
