import { Form, Select } from 'antd';
import { ListFilterForm } from '../../shared/ui/ListFilterForm';

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

function sameValues<K extends string>(filters: Partial<Record<K, string>>): Partial<Record<K, string>> {
  return filters;
}

/** A list filter made of selects only (status, type, origin). */
export function SelectFilterForm<K extends string>({ name, ariaLabel, fields, value, onSearch, loading }: SelectFilterFormProps<K>) {
  const toFilters = (values: Partial<Record<K, string>>) => {
    const filters: Partial<Record<K, string>> = {};
    for (const f of fields) {
      const v = values[f.name];
      if (v) filters[f.name] = v;
    }
    return filters;
  };
  return (
    <ListFilterForm name={name} ariaLabel={ariaLabel} value={value} toValues={sameValues} toFilters={toFilters} onSearch={onSearch} loading={loading}>
      {fields.map((f) => (
        <Form.Item key={f.name} name={String(f.name)} label={f.label}>
          <Select allowClear placeholder={f.placeholder} options={f.options} />
        </Form.Item>
      ))}
    </ListFilterForm>
  );
}
