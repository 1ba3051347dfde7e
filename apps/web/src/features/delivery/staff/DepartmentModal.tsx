import type { Department } from '@cloudmart/contracts';
import { Form, Input, Modal, TreeSelect } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { branchOf, departmentForest, withoutBranch } from './department-tree';
import { useStaffReporter } from './staff-errors';
import { useCreateDepartment, useUpdateDepartment } from './staff.queries';
import { useFeedback } from '../../../shared/ui/feedback';

/** create: a new department under `parentId`; edit: rename and/or move `department`. */
export type DepartmentDialog = { mode: 'create'; parentId: string | null } | { mode: 'edit'; department: Department };

interface Values {
  name: string;
  parentId?: string;
}

export function DepartmentModal({
  dialog,
  departments,
  onClose,
}: {
  dialog: DepartmentDialog | null;
  departments: readonly Department[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useStaffReporter();
  const [form] = Form.useForm<Values>();
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const pending = create.isPending || update.isPending;

  useEffect(() => {
    if (!dialog) return;
    form.resetFields();
    if (dialog.mode === 'edit') form.setFieldsValue({ name: dialog.department.name, parentId: dialog.department.parentId ?? undefined });
    else form.setFieldsValue({ parentId: dialog.parentId ?? undefined });
  }, [dialog, form]);

  // a department cannot move below itself
  const parents = useMemo(() => {
    const forest = departmentForest(departments);
    return dialog?.mode === 'edit' ? withoutBranch(forest, branchOf(departments, dialog.department.id)) : forest;
  }, [departments, dialog]);

  const onFinish = (v: Values) => {
    const body = { name: v.name.trim(), parentId: v.parentId ?? null };
    const done = {
      onSuccess: () => {
        void message.success(t('deliveryStaff.departments.saved'));
        onClose();
      },
      onError: (err: unknown) => report(err, { form, codeFields: { name_taken: 'name' }, wording: { name_taken: 'department_name_taken' } }),
    };
    if (dialog?.mode === 'edit') update.mutate({ id: dialog.department.id, body }, done);
    else create.mutate(body, done);
  };

  return (
    <Modal
      open={dialog !== null}
      title={dialog?.mode === 'edit' ? t('deliveryStaff.departments.editTitle') : t('deliveryStaff.departments.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<Values> form={form} name="department" layout="vertical" onFinish={onFinish} disabled={pending}>
        <Form.Item
          name="name"
          label={t('deliveryStaff.departments.name')}
          rules={[{ required: true, whitespace: true, max: 30, message: t('deliveryStaff.departments.nameRule') }]}
        >
          <Input autoComplete="off" maxLength={30} />
        </Form.Item>
        <Form.Item name="parentId" label={t('deliveryStaff.departments.parent')}>
          <TreeSelect allowClear treeDefaultExpandAll treeData={parents} placeholder={t('deliveryStaff.departments.noParent')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
