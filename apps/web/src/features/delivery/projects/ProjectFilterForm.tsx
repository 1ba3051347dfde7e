import { Col, DatePicker, Form, Input, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterActions } from '../../../shared/ui/FilterActions';
import type { ProjectFilters } from './projects.queries';

type Range = [Dayjs | null, Dayjs | null] | null;

interface FilterValues {
  orderNo?: string;
  operatorId?: string;
  customerUid?: string;
  productId?: string;
  vendorSellerId?: string;
  providerSellerId?: string;
  created?: Range;
}

const trimmed = (v: string | undefined) => v?.trim() || undefined;

function toValues(f: ProjectFilters): FilterValues {
  return {
    orderNo: f.orderNo,
    operatorId: f.operatorId,
    customerUid: f.customerUid,
    productId: f.productId,
    vendorSellerId: f.vendorSellerId,
    providerSellerId: f.providerSellerId,
    created: f.from || f.to ? [f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null] : null,
  };
}

/** Whole days in the user's time zone, sent as ISO instants. */
function toFilters(v: FilterValues): ProjectFilters {
  return {
    orderNo: trimmed(v.orderNo),
    operatorId: trimmed(v.operatorId),
    customerUid: trimmed(v.customerUid),
    productId: trimmed(v.productId),
    vendorSellerId: trimmed(v.vendorSellerId),
    providerSellerId: trimmed(v.providerSellerId),
    from: v.created?.[0]?.startOf('day').toISOString(),
    to: v.created?.[1]?.endOf('day').toISOString(),
  };
}

interface ProjectFilterFormProps {
  value: ProjectFilters;
  onSearch: (filters: ProjectFilters) => void;
  loading?: boolean;
  /** the operator's list spans sellers: filter by the project's vendor or provider too */
  sellerFilters?: boolean;
}

export function ProjectFilterForm({ value, onSearch, loading, sellerFilters }: ProjectFilterFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterValues>();

  // the URL is the source of truth: mirror it into the form
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toValues(value));
  }, [form, value]);

  const col = { xs: 24, md: 12, xl: 8 };
  return (
    <Form<FilterValues> form={form} name="projectFilters" layout="vertical" onFinish={(v) => onSearch(toFilters(v))} aria-label={t('deliveryProjects.title')}>
      <Row gutter={16}>
        <Col {...col}>
          <Form.Item
            name="orderNo"
            label={t('deliveryProjects.filters.orderNo')}
            rules={[{ pattern: /^\s*[0-9]{1,20}\s*$/, message: t('deliveryProjects.filters.orderNoDigits') }]}
          >
            <Input allowClear placeholder={t('deliveryProjects.filters.orderNoPlaceholder')} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="operatorId" label={t('deliveryProjects.filters.operatorId')}>
            <Input allowClear maxLength={64} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            name="customerUid"
            label={t('deliveryProjects.filters.customerUid')}
            rules={[{ pattern: /^\s*[1-9][0-9]{0,15}\s*$/, message: t('deliveryProjects.filters.customerUidInvalid') }]}
          >
            <Input allowClear inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="productId" label={t('deliveryProjects.filters.productId')}>
            <Input allowClear maxLength={64} />
          </Form.Item>
        </Col>
        {sellerFilters ? (
          <>
            <Col {...col}>
              <Form.Item name="vendorSellerId" label={t('deliveryProjects.filters.vendorSellerId')}>
                <Input allowClear maxLength={64} />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="providerSellerId" label={t('deliveryProjects.filters.providerSellerId')}>
                <Input allowClear maxLength={64} />
              </Form.Item>
            </Col>
          </>
        ) : null}
        <Col {...col}>
          <Form.Item name="created" label={t('deliveryProjects.filters.createdAt')}>
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label=" ">
            <FilterActions
              loading={loading}
              onReset={() => {
                form.resetFields();
                onSearch({});
              }}
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
