import { CheckCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import type { BuyerOrderDetail } from '@cloudmart/contracts';
import { Alert, Button, Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { useQueryClient } from '@tanstack/react-query';
import { useBuyerOrder } from '../orders/buyer/buyer.queries';
import { useBuyerPriceChanges } from '../aftersales/buyer/price-changes.queries';
import { OrderSummary } from '../orders/buyer/OrderSummary';
import { useSandboxPay } from '../orders/buyer/use-sandbox-pay';
import { useStoreErrorReporter } from './store-errors';
import { useTrackPageView } from '../analytics/track';
import { formatFen } from '../../shared/money';

function PaidResult({ order }: { order: BuyerOrderDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const instance = order.instances[0];
  return (
    <Result
      status="success"
      icon={<CheckCircleFilled />}
      title={order.type === 'trial' ? t('store.pay.trialStarted') : t('store.pay.success')}
      subTitle={t('store.pay.successHint', { orderNo: order.orderNo })}
      extra={[
        instance ? (
          <Button key="instance" type="primary" onClick={() => void navigate(`/buyer/instances/${encodeURIComponent(instance.id)}`)}>
            {t('store.pay.viewInstance')}
          </Button>
        ) : null,
        <Button key="order" onClick={() => void navigate(`/buyer/orders/${encodeURIComponent(order.id)}`)}>
          {t('store.pay.viewOrder')}
        </Button>,
        <Button key="store" type="link" onClick={() => void navigate('/store')}>
          {t('store.backToStore')}
        </Button>,
      ]}
    />
  );
}

/** "卖家已改价": the original price (before the first change) against what is due now. */
function PriceChangedNote({ order }: { order: BuyerOrderDetail }) {
  const { t } = useTranslation();
  const changes = useBuyerPriceChanges(order.id);
  const first = changes.data?.[0];
  if (!first) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="price-changed-note"
      title={t('buyerAftersales.priceChange.payNote', { old: formatFen(first.oldFen), new: formatFen(order.paidFen) })}
      description={changes.data?.at(-1)?.reason}
    />
  );
}

function Cashier({ order }: { order: BuyerOrderDetail }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const pay = useSandboxPay();
  useTrackPageView({ page: 'order', productId: order.productId ?? undefined });
  const report = useStoreErrorReporter();
  // a failed payment may mean the seller repriced meanwhile: reload the order and its changes
  const onPay = () =>
    void pay.run(order.id).catch((err: unknown) => {
      report(err);
      void qc.invalidateQueries({ queryKey: ['buyer-orders'] });
    });
  return (
    <Flex vertical gap={16}>
      <PriceChangedNote order={order} />
      <OrderSummary order={order} />
      <Card>
        <Flex justify="space-between" align="center" gap={16} wrap>
          <div>
            <Typography.Text>{t('store.pay.due')} </Typography.Text>
            <Typography.Text strong style={{ fontSize: 24, color: '#f5222d' }}>
              {formatFen(order.paidFen)}
            </Typography.Text>
            <br />
            <Typography.Text type="secondary">
              <SafetyCertificateOutlined /> {t('store.pay.sandboxHint')}
            </Typography.Text>
          </div>
          <Button type="primary" size="large" loading={pay.isPending} onClick={onPay}>
            {t('store.pay.paySandbox')}
          </Button>
        </Flex>
      </Card>
    </Flex>
  );
}

/** /store/pay/:orderId — pay an unpaid order in the sandbox; then where to go next. */
export function PayPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { orderId = '' } = useParams();
  const order = useBuyerOrder(orderId, true);

  let body;
  if (order.isPending) body = <LoadingBlock />;
  else if (order.isError) body = <LoadError error={order.error} onRetry={() => void order.refetch()} />;
  else if (order.data.status === 'paid') body = <PaidResult order={order.data} />;
  else if (order.data.status === 'unpaid') body = <Cashier order={order.data} />;
  else
    body = (
      <Result
        status="warning"
        title={t('store.pay.notPayable', { status: t(`store.orderStatuses.${order.data.status}`) })}
        extra={<Button onClick={() => void navigate('/buyer/orders')}>{t('store.layout.myOrders')}</Button>}
      />
    );
  return (
    <>
      <PageHeader title={t('store.pay.title')} />
      <Card>{body}</Card>
    </>
  );
}
