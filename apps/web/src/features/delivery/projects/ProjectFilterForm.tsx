import { DatePicker, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { trimmed } from '../../../shared/list-state';
import { dayRangeBounds, dayRangeOf, ListFilterForm, type DayRange, type ListFilterProps } from '../../../shared/ui/ListFilterForm';
import type { ProjectFilters } from './projects.queries';

interface FilterValues {
  orderNo?: string;
  operatorName?: string;
  operatorId?: string;
  customerUid?: string;
  productId?: string;
  vendorSellerId?: string;
  providerSellerId?: string;
  created?: DayRange;
}

function toValues(f: ProjectFilters): FilterValues {
  return {
    orderNo: f.orderNo,
    operatorName: f.operatorName,
    operatorId: f.operatorId,
    customerUid: f.customerUid,
    productId: f.productId,
    vendorSellerId: f.vendorSellerId,
    providerSellerId: f.providerSellerId,
    created: dayRangeOf(f.from, f.to),
  };
}

function toFilters(v: FilterValues): ProjectFilters {
  const { from, to } = dayRangeBounds(v.created);
  return {
    orderNo: trimmed(v.orderNo),
    operatorName: trimmed(v.operatorName),
    operatorId: trimmed(v.operatorId),
    customerUid: trimmed(v.customerUid),
    productId: trimmed(v.productId),
    vendorSellerId: trimmed(v.vendorSellerId),
    providerSellerId: trimmed(v.providerSellerId),
    from,
    to,
  };
}

interface ProjectFilterFormProps extends ListFilterProps<ProjectFilters> {
  /** the operator's list spans sellers: filter by the project's vendor or provider too */
  sellerFilters?: boolean;
}

export function ProjectFilterForm({ sellerFilters, ...props }: ProjectFilterFormProps) {
  const { t } = useTranslation();
  return (
    <ListFilterForm
      name="projectFilters"
      ariaLabel={t('deliveryProjects.title')}
      toValues={toValues}
      toFilters={toFilters}
      {...props}
      layout="vertical"
      actions="cell"
    >
      <Form.Item
        name="orderNo"
        label={t('deliveryProjects.filters.orderNo')}
        rules={[{ pattern: /^\s*[0-9]{1,20}\s*$/, message: t('deliveryProjects.filters.orderNoDigits') }]}
      >
        <Input allowClear placeholder={t('deliveryProjects.filters.orderNoPlaceholder')} />
      </Form.Item>
      {/* 请输入操作人姓名 (guide 5.4.6): by name, not by account id; an id from a link stays in the URL, unseen */}
      <Form.Item name="operatorName" label={t('deliveryMine.operatorName')}>
        <Input allowClear maxLength={64} placeholder={t('deliveryMine.operatorNamePlaceholder')} />
      </Form.Item>
      <Form.Item name="operatorId" hidden>
        <Input />
      </Form.Item>
      <Form.Item
        name="customerUid"
        label={t('deliveryProjects.filters.customerUid')}
        rules={[{ pattern: /^\s*[1-9][0-9]{0,15}\s*$/, message: t('deliveryProjects.filters.customerUidInvalid') }]}
      >
        <Input allowClear inputMode="numeric" />
      </Form.Item>
      <Form.Item name="productId" label={t('deliveryProjects.filters.productId')}>
        <Input allowClear maxLength={64} />
      </Form.Item>
      {sellerFilters ? (
        <Form.Item name="vendorSellerId" label={t('deliveryProjects.filters.vendorSellerId')}>
          <Input allowClear maxLength={64} />
        </Form.Item>
      ) : null}
      {sellerFilters ? (
        <Form.Item name="providerSellerId" label={t('deliveryProjects.filters.providerSellerId')}>
          <Input allowClear maxLength={64} />
        </Form.Item>
      ) : null}
      <Form.Item name="created" label={t('deliveryProjects.filters.createdAt')}>
        <DatePicker.RangePicker style={{ width: '100%' }} />
      </Form.Item>
    </ListFilterForm>
  );
}
