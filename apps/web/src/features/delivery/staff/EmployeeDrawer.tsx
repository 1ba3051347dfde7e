import type { DeliveryRole, Employee } from '@cloudmart/contracts';
import { Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { blankToNull, blankToUndefined, useFormRules } from '../../../shared/ui/form-rules';
import { cleanTags, DepartmentSelect, TagsField, useEmployeeRules } from './employee-form';
import type { OneTimePassword } from '../../../shared/ui/PasswordOnceModal';
import { useStaffReporter } from './staff-errors';
import { isDeliveryRole, useRoleOptions, useSellerCode } from './staff-ui';
import { useCreateEmployee, useUpdateEmployee } from './staff.queries';
import { SaveCancelFooter } from '../../../shared/ui/SaveCancelFooter';
import { useFeedback } from '../../../shared/ui/feedback';

interface Values {
  loginName?: string;
  displayName: string;
  phone?: string;
  email?: string;
  departmentId?: string;
  roles: DeliveryRole[];
  maxOpen: number;
  tags?: string[];
}

const LOGIN_NAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]*$/;

interface EmployeeDrawerProps {
  open: boolean;
  /** null: a new employee */
  editing: Employee | null;
  /** the department picked in the tree, preset for a new employee */
  departmentId: string | undefined;
  onClose: () => void;
  onCreated: (password: OneTimePassword) => void;
}

/** 新增员工 / 编辑员工 (guide 5.4.2). */
export function EmployeeDrawer({ open, editing, departmentId, onClose, onCreated }: EmployeeDrawerProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const rules = useFormRules();
  const employeeRules = useEmployeeRules();
  const report = useStaffReporter();
  const roleOptions = useRoleOptions();
  const sellerCode = useSellerCode();
  const [form] = Form.useForm<Values>();
  const create = useCreateEmployee();
  const update = useUpdateEmployee();
  const pending = create.isPending || update.isPending;
  const typedName = Form.useWatch('loginName', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        displayName: editing.displayName,
        phone: editing.phone ?? '',
        email: editing.email ?? '',
        departmentId: editing.departmentId ?? undefined,
        roles: editing.roles.filter(isDeliveryRole),
        maxOpen: editing.maxOpen,
        tags: editing.tags,
      });
    } else form.setFieldsValue({ departmentId });
  }, [open, editing, departmentId, form]);

  const onFinish = (v: Values) => {
    const common = { displayName: v.displayName.trim(), roles: v.roles, maxOpen: v.maxOpen, tags: cleanTags(v.tags) };
    const onError = (err: unknown) => report(err, { form, codeFields: { login_taken: 'loginName', name_taken: 'loginName' } });
    if (editing) {
      const body = { ...common, phone: blankToNull(v.phone), email: blankToNull(v.email), departmentId: v.departmentId ?? null };
      update.mutate(
        { userId: editing.userId, body },
        {
          onSuccess: () => {
            void message.success(t('deliveryStaff.form.saved'));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    const body = {
      ...common,
      loginName: (v.loginName ?? '').trim(),
      phone: blankToUndefined(v.phone),
      email: blankToUndefined(v.email),
      departmentId: v.departmentId,
    };
    create.mutate(body, { onSuccess: (r) => onCreated({ reason: 'created', loginName: r.employee.loginName, initialPassword: r.initialPassword }), onError });
  };

  const example = `${typedName?.trim() || 'name'}@${sellerCode ?? ''}`;
  return (
    <Drawer
      title={editing ? t('deliveryStaff.form.editTitle') : t('deliveryStaff.form.createTitle')}
      open={open}
      onClose={onClose}
      size={480}
      mask={{ closable: !pending }}
      destroyOnHidden
      footer={<SaveCancelFooter pending={pending} onCancel={onClose} onSave={() => form.submit()} />}
    >
      <Form<Values> form={form} name="employee" layout="vertical" onFinish={onFinish} initialValues={{ roles: [], maxOpen: 5, tags: [] }} disabled={pending}>
        {editing ? (
          <Form.Item label={t('deliveryStaff.form.loginName')} htmlFor="employee_loginName_readonly">
            <Input id="employee_loginName_readonly" value={editing.loginName} readOnly variant="filled" />
          </Form.Item>
        ) : (
          <Form.Item
            label={t('deliveryStaff.form.loginName')}
            htmlFor="employee_loginName"
            required
            extra={sellerCode ? t('deliveryStaff.form.loginNameHelp', { example }) : t('deliveryStaff.form.loginNameHelpNoCode')}
          >
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item
                name="loginName"
                noStyle
                rules={[
                  { required: true, whitespace: true, message: t('deliveryStaff.form.loginNameRule') },
                  { min: 2, max: 32, pattern: LOGIN_NAME, message: t('deliveryStaff.form.loginNameRule') },
                ]}
              >
                <Input autoComplete="off" />
              </Form.Item>
              {sellerCode ? <Space.Addon>@{sellerCode}</Space.Addon> : null}
            </Space.Compact>
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('deliveryStaff.form.displayName')} rules={[rules.requiredTrimmed, rules.maxLength(64)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone" label={t('deliveryStaff.form.phone')} rules={[rules.phone]}>
          <Input type="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={t('deliveryStaff.form.email')} rules={[rules.email]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="departmentId" label={t('deliveryStaff.form.department')}>
          <DepartmentSelect placeholder={t('deliveryStaff.form.noDepartment')} />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('deliveryStaff.form.roles')}
          extra={t('deliveryStaff.form.rolesHelp')}
          rules={[{ required: true, type: 'array', min: 1, message: t('deliveryStaff.form.rolesRequired') }]}
        >
          <Select mode="multiple" allowClear options={roleOptions} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="maxOpen" label={t('deliveryStaff.form.maxOpen')} rules={employeeRules.maxOpen}>
          <InputNumber precision={0} style={{ width: 160 }} />
        </Form.Item>
        <TagsField />
      </Form>
    </Drawer>
  );
}
