import { DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { trimmed } from '../../shared/list-state';
import { dayRangeBounds, dayRangeOf, ListFilterForm, type DayRange, type ListFilterProps } from '../../shared/ui/ListFilterForm';
import type { ReviewFilters } from './reviews.queries';

interface FilterValues {
  productName?: string;
  minScore?: string;
  maxScore?: string;
  toHandle?: string;
  created?: DayRange;
}

function toValues(f: ReviewFilters): FilterValues {
  return { productName: f.productName, minScore: f.minScore, maxScore: f.maxScore, toHandle: f.toHandle, created: dayRangeOf(f.from, f.to) };
}

function toFilters(v: FilterValues): ReviewFilters {
  const { from, to } = dayRangeBounds(v.created);
  return { productName: trimmed(v.productName), minScore: v.minScore, maxScore: v.maxScore, toHandle: v.toHandle, from, to };
}

const scores = ['1', '2', '3', '4', '5'].map((s) => ({ value: s, label: s }));

export function ReviewFilterForm(props: ListFilterProps<ReviewFilters>) {
  const { t } = useTranslation();
  return (
    <ListFilterForm name="reviewFilters" ariaLabel={t('aftersales.reviews.filters')} toValues={toValues} toFilters={toFilters} {...props}>
      <Form.Item name="productName" label={t('aftersales.reviews.product')} rules={[{ max: 100, message: t('validation.tooLong') }]}>
        <Input allowClear />
      </Form.Item>
      <Form.Item name="toHandle" label={t('aftersales.reviews.toHandle')}>
        <Select
          allowClear
          placeholder={t('aftersales.reviews.anyHandle')}
          options={[
            { value: 'true', label: t('aftersales.reviews.onlyToHandle') },
            { value: 'false', label: t('aftersales.reviews.onlyOthers') },
          ]}
        />
      </Form.Item>
      <Form.Item name="created" label={t('aftersales.reviews.dateRange')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="minScore" label={t('aftersales.reviews.minScore')}>
        <Select allowClear options={scores} />
      </Form.Item>
      <Form.Item name="maxScore" label={t('aftersales.reviews.maxScore')}>
        <Select allowClear options={scores} />
      </Form.Item>
    </ListFilterForm>
  );
}
