import { listingReviewStatuses, productStatuses, productTypes } from '@cloudmart/contracts';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { trimmed } from '../../shared/list-state';
import { ListFilterForm, type ListFilterProps } from '../../shared/ui/ListFilterForm';
import type { ProductListState } from './products.queries';

type Filters = ProductListState['filters'];

const toValues = (f: Filters): Filters => f;
const toFilters = (v: Filters): Filters => ({ ...v, code: trimmed(v.code), name: trimmed(v.name) });

export function ProductFilterForm(props: ListFilterProps<Filters>) {
  const { t } = useTranslation();
  return (
    <ListFilterForm name="productFilters" ariaLabel={t('commerce.products.filters')} toValues={toValues} toFilters={toFilters} {...props} actions="cell">
      <Form.Item name="code" label={t('commerce.products.code')} rules={[{ max: 32, message: t('validation.tooLong') }]}>
        <Input allowClear />
      </Form.Item>
      <Form.Item name="name" label={t('commerce.products.name')} rules={[{ max: 100, message: t('validation.tooLong') }]}>
        <Input allowClear />
      </Form.Item>
      <Form.Item name="type" label={t('commerce.products.type')}>
        <Select
          allowClear
          placeholder={t('commerce.products.anyType')}
          options={productTypes.map((v) => ({ value: v, label: t(`commerce.products.types.${v}`) }))}
        />
      </Form.Item>
      <Form.Item name="status" label={t('commerce.products.status')}>
        <Select
          allowClear
          placeholder={t('commerce.products.anyStatus')}
          options={productStatuses.map((v) => ({ value: v, label: t(`commerce.products.statuses.${v}`) }))}
        />
      </Form.Item>
      <Form.Item name="reviewStatus" label={t('commerce.products.reviewStatus')}>
        <Select
          allowClear
          placeholder={t('commerce.products.anyReview')}
          options={listingReviewStatuses.map((v) => ({ value: v, label: t(`commerce.products.reviews.${v}`) }))}
        />
      </Form.Item>
    </ListFilterForm>
  );
}
