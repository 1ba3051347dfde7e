import { listingReviewStatuses, productStatuses, productTypes } from '@cloudmart/contracts';
import { Col, Form, Input, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { trimmed } from '../list-state';
import type { ProductListState } from './products.queries';
import { FilterActions } from '../../../shared/ui/FilterActions';

type Filters = ProductListState['filters'];

export function ProductFilterForm({ value, onSearch, loading }: { value: Filters; onSearch: (f: Filters) => void; loading?: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Filters>();

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(value);
  }, [form, value]);

  const col = { xs: 24, md: 12, xl: 8 };
  return (
    <Form<Filters>
      form={form}
      name="productFilters"
      labelCol={{ flex: '96px' }}
      labelWrap
      onFinish={(v) => onSearch({ ...v, code: trimmed(v.code), name: trimmed(v.name) })}
      aria-label={t('commerce.products.filters')}
    >
      <Row gutter={16}>
        <Col {...col}>
          <Form.Item name="code" label={t('commerce.products.code')} rules={[{ max: 32, message: t('validation.tooLong') }]}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="name" label={t('commerce.products.name')} rules={[{ max: 100, message: t('validation.tooLong') }]}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="type" label={t('commerce.products.type')}>
            <Select
              allowClear
              placeholder={t('commerce.products.anyType')}
              options={productTypes.map((v) => ({ value: v, label: t(`commerce.products.types.${v}`) }))}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="status" label={t('commerce.products.status')}>
            <Select
              allowClear
              placeholder={t('commerce.products.anyStatus')}
              options={productStatuses.map((v) => ({ value: v, label: t(`commerce.products.statuses.${v}`) }))}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="reviewStatus" label={t('commerce.products.reviewStatus')}>
            <Select
              allowClear
              placeholder={t('commerce.products.anyReview')}
              options={listingReviewStatuses.map((v) => ({ value: v, label: t(`commerce.products.reviews.${v}`) }))}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <FilterActions
            onReset={() => {
              form.resetFields();
              onSearch({});
            }}
            loading={loading}
          />
        </Col>
      </Row>
    </Form>
  );
}
