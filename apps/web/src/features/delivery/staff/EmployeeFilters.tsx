import { employeeWorkStatuses, type DeliveryRole, type EmployeeWorkStatus } from '@cloudmart/contracts';
import { Col, Form, Input, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterActions } from '../../../shared/ui/FilterActions';
import { DepartmentSelect } from './employee-form';
import { useRoleOptions } from './staff-ui';

export interface EmployeeFilterValues {
  departmentId?: string;
  role?: DeliveryRole;
  q?: string;
  status?: EmployeeWorkStatus;
}

/** Department (also picked in the tree), role, name or login name, work status. */
export function EmployeeFilters({ value, onChange }: { value: EmployeeFilterValues; onChange: (v: EmployeeFilterValues) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EmployeeFilterValues>();
  const roleOptions = useRoleOptions();

  // the tree picks the department too
  useEffect(() => form.setFieldsValue({ departmentId: value.departmentId }), [form, value.departmentId]);

  const onReset = () => {
    form.resetFields();
    onChange({});
  };

  return (
    <Form<EmployeeFilterValues>
      form={form}
      name="employeeFilter"
      layout="vertical"
      onFinish={(v) => onChange({ ...v, q: v.q?.trim() || undefined })}
      style={{ marginBottom: 8 }}
    >
      <Row gutter={16}>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="departmentId" label={t('deliveryStaff.employees.filterDepartment')}>
            <DepartmentSelect placeholder={t('deliveryStaff.employees.anyDepartment')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="role" label={t('deliveryStaff.employees.filterRole')}>
            <Select allowClear placeholder={t('deliveryStaff.employees.anyRole')} options={roleOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="q" label={t('deliveryStaff.employees.filterText')}>
            <Input allowClear maxLength={64} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="status" label={t('deliveryStaff.employees.filterStatus')}>
            <Select
              allowClear
              placeholder={t('deliveryStaff.employees.anyStatus')}
              options={employeeWorkStatuses.map((s) => ({ value: s, label: t(`deliveryStaff.workStatuses.${s}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <FilterActions onReset={onReset} />
    </Form>
  );
}
