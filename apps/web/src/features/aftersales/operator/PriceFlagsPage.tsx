import type { PriceFlag } from '@cloudmart/contracts';
import { Alert, Button, Card, Space, Table, Tabs, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/ui/format';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { TwoLines } from '../../../shared/ui/TwoLines';
import { columnsWidth } from '../../../shared/ui/table-width';
import { listPagination } from '../../../shared/ui/commerce-ui';
import { DEFAULT_PAGE_SIZE } from '../../../shared/list-state';
import { isOrderStatus } from '../../orders/orders.queries';
import { OrderStatusTag } from '../../orders/order-labels';
import { listEmpty, useAftersalesReporter } from '../aftersales-ui';
import { priceFlagTabs, useDecidePriceFlag, usePriceFlags, type PriceFlagTab } from '../price-change.queries';
import { PriceFlagTag } from '../PriceChangesCard';
import { ReasonModal } from '../ReasonModal';
import { formatFen } from '../../../shared/money';
import { useFeedback } from '../../../shared/ui/feedback';

type Deciding = { flag: PriceFlag; action: 'clear' | 'confirm' };

/** 改价监控 (DOMAIN 2.6): orders repriced to ¥0, cleared as legitimate or confirmed as a breach. */
export function PriceFlagsPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
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

  // Fits 1280 px in both languages with nothing under the fixed action column: each cell
  // carries its secondary field on a second line (order status, seller, change time).
  const columns: TableColumnsType<PriceFlag> = [
    {
      key: 'orderNo',
      title: t('aftersales.priceFlags.orderNo'),
      width: 150,
      render: (_, f) => <TwoLines primary={f.orderNo} secondary={isOrderStatus(f.orderStatus) ? <OrderStatusTag status={f.orderStatus} /> : f.orderStatus} />,
    },
    {
      key: 'product',
      title: t('aftersales.priceFlags.product'),
      width: 160,
      ellipsis: true,
      render: (_, f) => <TwoLines primary={f.productName} secondary={`${f.sellerName} (${f.sellerCode})`} />,
    },
    { key: 'old', title: t('aftersales.priceFlags.oldPrice'), width: 140, align: 'right', render: (_, f) => `${formatFen(f.oldFen)} → ${formatFen(f.newFen)}` },
    { key: 'reason', title: t('aftersales.priceFlags.reason'), width: 140, ellipsis: true, render: (_, f) => f.reason },
    {
      key: 'status',
      title: t('aftersales.priceFlags.status'),
      width: 150,
      render: (_, f) => <TwoLines primary={<PriceFlagTag status={f.flagStatus} />} secondary={formatDateTime(f.createdAt)} />,
    },
    ...(status === 'pending'
      ? ([
          {
            key: 'actions',
            title: t('common.actions'),
            fixed: 'right',
            width: 180,
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
          scroll={{ x: columnsWidth(columns) }}
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
