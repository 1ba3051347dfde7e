import type { PermissionGroup } from '@cloudmart/contracts';
import { Drawer, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../shared/api/errors';
import { useFormRules } from '../../shared/ui/form-rules';
import { useCreateGroup, useUpdateGroup } from './accounts.queries';
import { PermissionTree } from './PermissionTree';
import { SaveCancelFooter } from '../../shared/ui/SaveCancelFooter';
import { useFeedback } from '../../shared/ui/feedback';

interface GroupValues {
  name: string;
  description?: string;
  permissions: string[];
}

interface GroupDrawerProps {
  open: boolean;
  /** null: create a new group */
  editing: PermissionGroup | null;
  onClose: () => void;
}

/** Create a permission group, or rename it and change what it grants. */
export function GroupDrawer({ open, editing, onClose }: GroupDrawerProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const rules = useFormRules();
  const report = useErrorReporter();
  const [form] = Form.useForm<GroupValues>();
  const create = useCreateGroup();
  const update = useUpdateGroup();
  const pending = create.isPending || update.isPending;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) form.setFieldsValue({ name: editing.name, description: editing.description ?? '', permissions: editing.permissions });
  }, [open, editing, form]);

  const onFinish = (v: GroupValues) => {
    const description = v.description?.trim() ?? '';
    const done = {
      onSuccess: () => {
        void message.success(t('common.saved'));
        onClose();
      },
      onError: (err: unknown) => report(err, form, { name_taken: 'name' }),
    };
    if (editing) {
      update.mutate({ id: editing.id, body: { name: v.name.trim(), description: description || null, permissions: v.permissions } }, done);
    } else {
      create.mutate({ name: v.name.trim(), description: description || undefined, permissions: v.permissions }, done);
    }
  };

  return (
    <Drawer
      title={editing ? t('groups.editTitle') : t('groups.createTitle')}
      open={open}
      onClose={onClose}
      size={520}
      mask={{ closable: !pending }}
      footer={<SaveCancelFooter pending={pending} onCancel={onClose} onSave={() => form.submit()} />}
    >
      <Form<GroupValues> form={form} name="group" layout="vertical" onFinish={onFinish} initialValues={{ permissions: [] }} disabled={pending}>
        <Form.Item name="name" label={t('groups.name')} rules={[rules.requiredTrimmed, rules.maxLength(40)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="description" label={t('groups.description')} rules={[rules.maxLength(200)]}>
          <Input.TextArea rows={2} showCount maxLength={200} />
        </Form.Item>
        <Form.Item name="permissions" label={t('groups.permissions')} rules={[{ type: 'array', min: 1, message: t('groups.permissionsRequired') }]}>
          <PermissionTree />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
