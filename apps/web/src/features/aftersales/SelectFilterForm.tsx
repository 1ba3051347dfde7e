import { Col, Form, Row, Select } from 'antd';
import { useEffect } from 'react';
import { FilterActions } from '../../shared/ui/FilterActions';

export interface SelectFilterField<K extends string> {
  name: K;
  label: string;
  placeholder: string;
  options: { value: string; label: string }[];
}

interface SelectFilterFormProps<K extends string> {
  name: string;
  ariaLabel: string;
  fields: SelectFilterField<K>[];
  value: Partial<Record<K, string>>;
  onSearch: (filters: Partial<Record<K, string>>) => void;
  loading?: boolean;
}

/** A list filter made of selects only (status, type, origin); the URL stays the source of truth. */
export function SelectFilterForm<K extends string>({ name, ariaLabel, fields, value, onSearch, loading }: SelectFilterFormProps<K>) {
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const submit = (values: Record<string, string | undefined>) => {
    const filters: Partial<Record<K, string>> = {};
    for (const f of fields) {
      const v = values[f.name];
      if (v) filters[f.name] = v;
    }
    onSearch(filters);
  };
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(value);
  }, [form, value]);

  return (
    <Form form={form} name={name} labelCol={{ flex: '96px' }} labelWrap onFinish={submit} aria-label={ariaLabel}>
      <Row gutter={16}>
        {fields.map((f) => (
          <Col key={f.name} xs={24} md={12} xl={8}>
            <Form.Item name={String(f.name)} label={f.label}>
              <Select allowClear placeholder={f.placeholder} options={f.options} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <FilterActions
        onReset={() => {
          form.resetFields();
          onSearch({});
        }}
        loading={loading}
      />
    </Form>
  );
}
