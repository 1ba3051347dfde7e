import type { PriceFlag } from '@cloudmart/contracts';
import { Alert, App, Button, Card, Space, Table, Tabs, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { listPagination } from '../../../shared/ui/commerce-ui';
import { DEFAULT_PAGE_SIZE } from '../../../shared/list-state';
import { isOrderStatus } from '../../orders/orders.queries';
import { OrderStatusTag } from '../../orders/order-labels';
import { listEmpty, useAftersalesReporter } from '../aftersales-ui';
import { priceFlagTabs, useDecidePriceFlag, usePriceFlags, type PriceFlagTab } from '../price-change.queries';
import { PriceFlagTag } from '../PriceChangesCard';
import { ReasonModal } from '../ReasonModal';
import { formatFen } from '../../../shared/money';

type Deciding = { flag: PriceFlag; action: 'clear' | 'confirm' };

/** 改价监控 (DOMAIN 2.6): orders repriced to ¥0, cleared as legitimate or confirmed as a breach. */
export function PriceFlagsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useAftersalesReporter();
  const [status, setStatus] = useState<PriceFlagTab>('pending');
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const list = usePriceFlags({ status, ...paging });
  const decide = useDecidePriceFlag();

  const submit = (note: string) => {
    if (!deciding) return;
    decide.mutate(
      { id: deciding.flag.id, action: deciding.action, note: note || undefined },
      {
        onSuccess: () => {
          void message.success(t(deciding.action === 'clear' ? 'aftersales.priceFlags.cleared' : 'aftersales.priceFlags.confirmed'));
          setDeciding(null);
        },
        onError: (err) => report(err),
      },
    );
  };

  const columns: TableColumnsType<PriceFlag> = [
    { key: 'orderNo', title: t('aftersales.priceFlags.orderNo'), width: 180, render: (_, f) => f.orderNo },
    { key: 'product', title: t('aftersales.priceFlags.product'), width: 200, ellipsis: true, render: (_, f) => f.productName },
    { key: 'seller', title: t('aftersales.priceFlags.seller'), width: 180, render: (_, f) => `${f.sellerName} (${f.sellerCode})` },
    {
      key: 'orderStatus',
      title: t('aftersales.priceFlags.orderStatus'),
      width: 100,
      render: (_, f) => (isOrderStatus(f.orderStatus) ? <OrderStatusTag status={f.orderStatus} /> : f.orderStatus),
    },
    { key: 'old', title: t('aftersales.priceFlags.oldPrice'), width: 120, align: 'right', render: (_, f) => `${formatFen(f.oldFen)} → ${formatFen(f.newFen)}` },
    { key: 'reason', title: t('aftersales.priceFlags.reason'), width: 220, ellipsis: true, render: (_, f) => f.reason },
    { key: 'changedAt', title: t('aftersales.priceFlags.changedAt'), width: 170, render: (_, f) => formatDateTime(f.createdAt) },
    { key: 'status', title: t('aftersales.priceFlags.status'), width: 110, render: (_, f) => <PriceFlagTag status={f.flagStatus} /> },
    ...(status === 'pending'
      ? ([
          {
            key: 'actions',
            title: t('common.actions'),
            fixed: 'right',
            render: (_, f) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setDeciding({ flag: f, action: 'clear' })}>
                  {t('aftersales.priceFlags.clear')}
                </Button>
                <Button type="link" size="small" danger onClick={() => setDeciding({ flag: f, action: 'confirm' })}>
                  {t('aftersales.priceFlags.confirm')}
                </Button>
              </Space>
            ),
          },
        ] satisfies TableColumnsType<PriceFlag>)
      : []),
  ];

  return (
    <>
      <PageHeader title={t('aftersales.priceFlags.title')} />
      <Card>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('aftersales.priceFlags.intro')} />
        <Tabs
          activeKey={status}
          onChange={(k) => {
            const next = priceFlagTabs.find((s) => s === k);
            if (!next) return;
            setStatus(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          items={priceFlagTabs.map((s) => ({ key: s, label: t(`aftersales.priceFlags.statuses.${s}`) }))}
        />
        <Table<PriceFlag>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          size="middle"
          aria-label={t('aftersales.priceFlags.title')}
          locale={{ emptyText: listEmpty(t, list.error, t('aftersales.priceFlags.empty')) }}
          pagination={listPagination(t, { filters: {}, ...paging }, list.data?.total, ({ page, pageSize }) => setPaging({ page, pageSize }))}
        />
      </Card>
      <ReasonModal
        open={deciding !== null}
        pending={decide.isPending}
        optional
        danger={deciding?.action === 'confirm'}
        title={t(deciding?.action === 'confirm' ? 'aftersales.priceFlags.confirmTitle' : 'aftersales.priceFlags.clearTitle')}
        okText={t(deciding?.action === 'confirm' ? 'aftersales.priceFlags.confirm' : 'aftersales.priceFlags.clear')}
        label={t('aftersales.priceFlags.note')}
        onCancel={() => setDeciding(null)}
        onSubmit={submit}
      />
    </>
  );
}
