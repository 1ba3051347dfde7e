import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { trimmed } from '../../shared/list-state';
import { ListFilterForm, type ListFilterProps } from '../../shared/ui/ListFilterForm';
import { useCustomerTags } from './customers.queries';

/** The search fields under a tab (the tab itself stays out of the form). */
export type CustomerSearch = { q?: string; tagId?: string };

const toValues = (f: CustomerSearch): CustomerSearch => ({ ...f });
const toFilters = (v: Partial<CustomerSearch>): CustomerSearch => ({ q: trimmed(v.q), tagId: v.tagId || undefined });

/** 客户中心's filters: a customer (account, contact or company) and a tag. */
export function CustomerFilterForm(props: ListFilterProps<CustomerSearch>) {
  const { t } = useTranslation();
  const tags = useCustomerTags();
  return (
    <ListFilterForm name="customerFilters" ariaLabel={t('customers.filters')} toValues={toValues} toFilters={toFilters} actions="cell" {...props}>
      <Form.Item name="q" label={t('customers.q')} rules={[{ max: 60, message: t('customers.form.tooLong', { max: 60 }) }]}>
        <Input allowClear placeholder={t('customers.qPlaceholder')} />
      </Form.Item>
      <Form.Item name="tagId" label={t('customers.tag')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('customers.anyTag')}
          loading={tags.isPending}
          options={(tags.data ?? []).map((tag) => ({ value: tag.id, label: tag.name }))}
        />
      </Form.Item>
    </ListFilterForm>
  );
}
