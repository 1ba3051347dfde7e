import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterActions } from '../../shared/ui/FilterActions';
import { trimmed } from '../commerce/list-state';
import type { ReviewFilters } from './reviews.queries';

type Range = [Dayjs | null, Dayjs | null] | null;

interface FilterValues {
  productName?: string;
  minScore?: string;
  maxScore?: string;
  toHandle?: string;
  created?: Range;
}

function toValues(f: ReviewFilters): FilterValues {
  const created: Range = f.from || f.to ? [f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null] : null;
  return { productName: f.productName, minScore: f.minScore, maxScore: f.maxScore, toHandle: f.toHandle, created };
}

/** Whole days in the user's time zone, sent as ISO instants. */
function toFilters(v: FilterValues): ReviewFilters {
  return {
    productName: trimmed(v.productName),
    minScore: v.minScore,
    maxScore: v.maxScore,
    toHandle: v.toHandle,
    from: v.created?.[0]?.startOf('day').toISOString(),
    to: v.created?.[1]?.endOf('day').toISOString(),
  };
}

const scores = ['1', '2', '3', '4', '5'].map((s) => ({ value: s, label: s }));

export function ReviewFilterForm({ value, onSearch, loading }: { value: ReviewFilters; onSearch: (f: ReviewFilters) => void; loading?: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterValues>();
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toValues(value));
  }, [form, value]);

  const col = { xs: 24, md: 12, xl: 8 };
  return (
    <Form<FilterValues>
      form={form}
      name="reviewFilters"
      labelCol={{ flex: '96px' }}
      labelWrap
      onFinish={(v) => onSearch(toFilters(v))}
      aria-label={t('aftersales.reviews.filters')}
    >
      <Row gutter={16}>
        <Col {...col}>
          <Form.Item name="productName" label={t('aftersales.reviews.product')} rules={[{ max: 100, message: t('validation.tooLong') }]}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col {...col}>
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
        </Col>
        <Col {...col}>
          <Form.Item name="created" label={t('aftersales.reviews.dateRange')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="minScore" label={t('aftersales.reviews.minScore')}>
            <Select allowClear options={scores} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="maxScore" label={t('aftersales.reviews.maxScore')}>
            <Select allowClear options={scores} />
          </Form.Item>
        </Col>
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
