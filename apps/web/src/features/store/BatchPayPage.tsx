import { CheckCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import { buyerOrderDetailSchema, type BuyerOrderDetail } from '@cloudmart/contracts';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Result, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { apiGet } from '../../shared/api/client';
import { formatFen } from '../../shared/money';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { useSandboxPay } from '../orders/buyer/use-sandbox-pay';
import { orderIdsOf } from './pay-orders';
import { useStoreErrorReporter } from './store-errors';

/**
 * /store/pay?orders=a,b — the cashier for a 定制方案's orders (一键支付 places one order per quote):
 * every order with its amount, the total still due, one sandbox payment per unpaid order in turn.
 */
export function BatchPayPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [params] = useSearchParams();
  const ids = orderIdsOf(params.get('orders'));
  const orders = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['buyer-orders', 'detail', id],
      queryFn: () => apiGet(`/buyer/orders/${encodeURIComponent(id)}`, buyerOrderDetailSchema),
      refetchOnMount: 'always' as const,
    })),
  });
  const pay = useSandboxPay();
  const report = useStoreErrorReporter();
  const [paying, setPaying] = useState(false);

  const failed = orders.find((q) => q.isError);
  const loaded = orders.map((q) => q.data).filter((o): o is BuyerOrderDetail => !!o);
  const unpaid = loaded.filter((o) => o.status === 'unpaid');
  const dueFen = unpaid.reduce((sum, o) => sum + o.paidFen, 0);
  const paidCount = loaded.filter((o) => o.status === 'paid').length;

  const payAll = async () => {
    setPaying(true);
    try {
      for (const o of unpaid) await pay.run(o.id);
    } catch (err) {
      report(err);
    } finally {
      setPaying(false);
      await qc.invalidateQueries({ queryKey: ['buyer-orders'] });
    }
  };

  let body;
  if (ids.length === 0) body = <Result status="warning" title={t('store.pay.batchNone')} />;
  else if (failed) body = <LoadError error={failed.error} onRetry={() => orders.forEach((q) => void q.refetch())} />;
  else if (loaded.length < ids.length) body = <LoadingBlock />;
  else if (paidCount === ids.length)
    body = (
      <Result
        status="success"
        icon={<CheckCircleFilled />}
        title={t('store.pay.batchSuccess')}
        subTitle={t('store.pay.batchSuccessHint', { count: ids.length })}
        extra={[
          <Button key="instances" type="primary" onClick={() => void navigate('/buyer/instances')}>
            {t('store.pay.viewInstance')}
          </Button>,
          <Button key="orders" onClick={() => void navigate('/buyer/orders')}>
            {t('store.layout.myOrders')}
          </Button>,
        ]}
      />
    );
  else
    body = (
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('store.pay.batchHint', { count: ids.length })}</Typography.Text>
        <Table<BuyerOrderDetail>
          aria-label={t('store.pay.batchTitle')}
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={loaded}
          columns={[
            { title: t('store.order.orderNo'), dataIndex: 'orderNo', width: 200 },
            { title: t('store.pay.product'), key: 'product', render: (_, o) => `${o.productName} · ${o.specName}` },
            { title: t('store.order.amount'), key: 'amount', align: 'right', width: 140, render: (_, o) => formatFen(o.paidFen) },
            {
              title: t('store.order.status'),
              key: 'status',
              width: 110,
              render: (_, o) => (
                <Tag color={o.status === 'paid' ? 'success' : o.status === 'unpaid' ? 'processing' : 'default'}>{t(`store.orderStatuses.${o.status}`)}</Tag>
              ),
            },
          ]}
        />
        <Card>
          <Flex justify="space-between" align="center" gap={16} wrap>
            <div>
              <Typography.Text>{t('store.pay.due')} </Typography.Text>
              <Typography.Text strong style={{ fontSize: 24, color: '#f5222d' }} data-testid="batch-due">
                {formatFen(dueFen)}
              </Typography.Text>
              {paidCount > 0 ? (
                <Typography.Text type="secondary"> · {t('store.pay.batchPartial', { paid: paidCount, count: ids.length })}</Typography.Text>
              ) : null}
              <br />
              <Typography.Text type="secondary">
                <SafetyCertificateOutlined /> {t('store.pay.sandboxHint')}
              </Typography.Text>
            </div>
            <Button type="primary" size="large" loading={paying || pay.isPending} disabled={unpaid.length === 0} onClick={() => void payAll()}>
              {t('store.pay.paySandbox')}
            </Button>
          </Flex>
        </Card>
      </Flex>
    );
  return (
    <>
      <PageHeader title={t('store.pay.batchTitle')} />
      <Card>{body}</Card>
    </>
  );
}
