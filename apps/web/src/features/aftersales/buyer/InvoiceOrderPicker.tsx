import type { InvoiceableOrder } from '@cloudmart/contracts';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';
import { formatFen } from '../../../shared/money';

export interface SellerOption {
  value: string;
  label: string;
}

/** One option per seller that has orders to invoice, in the orders' (newest first) order. */
export function sellersOf(orders: readonly InvoiceableOrder[]): SellerOption[] {
  const seen = new Map<string, string>();
  for (const o of orders) if (!seen.has(o.sellerId)) seen.set(o.sellerId, o.sellerName);
  return [...seen].map(([value, label]) => ({ value, label }));
}

export function cashOf(orders: readonly InvoiceableOrder[], ids: readonly string[]): number {
  const chosen = new Set(ids);
  return orders.filter((o) => chosen.has(o.orderId)).reduce((sum, o) => sum + o.cashFen, 0);
}

interface PickerProps {
  id?: string;
  /** the chosen seller's invoiceable orders */
  orders: readonly InvoiceableOrder[];
  value?: string[];
  onChange?: (ids: string[]) => void;
  label: string;
}

/** A form control: tick the orders to put on the invoice (all of one seller). */
export function InvoiceOrderPicker({ id, orders, value = [], onChange, label }: PickerProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<InvoiceableOrder> = [
    { key: 'orderNo', title: t('buyerAftersales.invoice.orderNo'), dataIndex: 'orderNo', width: 160 },
    { key: 'product', title: t('buyerAftersales.invoice.product'), ellipsis: true, render: (_, o) => `${o.productName} / ${o.specName}` },
    { key: 'paid', title: t('buyerAftersales.invoice.paid'), align: 'right', width: 120, render: (_, o) => formatFen(o.paidFen) },
    { key: 'cash', title: t('buyerAftersales.invoice.cash'), align: 'right', width: 150, render: (_, o) => formatFen(o.cashFen) },
    { key: 'paidAt', title: t('buyerAftersales.invoice.paidAt'), width: 170, render: (_, o) => formatDateTime(o.paidAt) },
  ];
  return (
    <div id={id}>
      <Table<InvoiceableOrder>
        rowKey="orderId"
        size="small"
        columns={columns}
        dataSource={[...orders]}
        pagination={orders.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        aria-label={label}
        rowSelection={{ selectedRowKeys: value, onChange: (keys) => onChange?.(keys.map(String)) }}
      />
      <Typography.Text type="secondary" aria-live="polite">
        {t('buyerAftersales.invoice.selectedTotal', { n: value.length, amount: formatFen(cashOf(orders, value)) })}
      </Typography.Text>
    </div>
  );
}
