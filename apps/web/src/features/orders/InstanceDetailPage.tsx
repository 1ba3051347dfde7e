import { ArrowLeftOutlined } from '@ant-design/icons';
import type { InstanceOrder, SellerInstanceDetail } from '@cloudmart/contracts';
import { AppInfoFields } from './AppInfoFields';
import { Button, Card, Descriptions, Flex, Form, Input, Table, Tag, type DescriptionsProps, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { can } from '../../shared/access';
import { formatDateTime } from '../../shared/ui/format';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { SellerRefundModal } from '../aftersales/SellerRefundModal';
import { useCurrentUser } from '../accounts/auth.queries';
import { OrderStatusTag, OrderTypeTag } from './order-labels';
import { useCommerceReporter } from '../../shared/ui/commerce-ui';
import { InstanceStatusBadge } from './instance-labels';
import { useSaveInstanceRemark, useSellerInstance } from './instances.queries';
import { SpiCallsCard } from './SpiCallsCard';
import { formatFen } from '../../shared/money';
import { useFeedback } from '../../shared/ui/feedback';

function infoItems(i: SellerInstanceDetail, t: TFunction): DescriptionsProps['items'] {
  const none = t('common.none');
  return [
    { key: 'id', label: t('commerce.instances.id'), children: i.id },
    { key: 'status', label: t('commerce.instances.status'), children: <InstanceStatusBadge status={i.status} /> },
    { key: 'externalId', label: t('commerce.instances.externalId'), children: i.externalId ?? none },
    { key: 'productCode', label: t('commerce.instances.productCode'), children: i.productCode ?? none },
    { key: 'productName', label: t('commerce.instances.productName'), children: i.productName },
    {
      key: 'spec',
      label: t('commerce.instances.spec'),
      children: (
        <>
          {i.specName}
          {i.trial ? <Tag style={{ marginInlineStart: 6 }}>{t('commerce.instances.trial')}</Tag> : null}
        </>
      ),
    },
    { key: 'buyerUid', label: t('commerce.instances.buyerUid'), children: i.buyerUid },
    { key: 'createdAt', label: t('commerce.instances.createdAt'), children: formatDateTime(i.createdAt) },
    { key: 'openedAt', label: t('commerce.instances.openedAt'), children: formatDateTime(i.openedAt) },
    { key: 'expiresAt', label: t('commerce.instances.expiresAt'), children: formatDateTime(i.expiresAt) },
    { key: 'closedAt', label: t('commerce.instances.closedAt'), children: formatDateTime(i.closedAt) },
  ];
}

function RemarkForm({ instance, editable }: { instance: SellerInstanceDetail; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useCommerceReporter();
  const save = useSaveInstanceRemark();
  const [form] = Form.useForm<{ remark: string }>();
  useEffect(() => form.setFieldsValue({ remark: instance.sellerRemark ?? '' }), [form, instance.sellerRemark]);

  return (
    <Form
      form={form}
      name="instanceRemark"
      layout="vertical"
      disabled={!editable || save.isPending}
      onFinish={(v) =>
        save.mutate(
          { id: instance.id, remark: v.remark.trim() },
          { onSuccess: () => void message.success(t('commerce.instances.remarkSaved')), onError: (e) => report(e, form) },
        )
      }
    >
      <Form.Item name="remark" label={t('commerce.instances.remark')} rules={[{ max: 500, message: t('validation.tooLong') }]}>
        <Input.TextArea rows={3} showCount maxLength={500} placeholder={t('commerce.instances.remarkPlaceholder')} />
      </Form.Item>
      {editable ? (
        <Flex justify="end">
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Flex>
      ) : null}
    </Form>
  );
}

export function InstanceDetailPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const { id = '' } = useParams();
  const instance = useSellerInstance(id);
  const [refunding, setRefunding] = useState(false);

  const orderColumns: TableColumnsType<InstanceOrder> = [
    { key: 'orderNo', title: t('orders.orderNo'), render: (_, o) => <Link to={`/seller/orders/${encodeURIComponent(o.id)}`}>{o.orderNo}</Link> },
    { key: 'type', title: t('orders.type'), render: (_, o) => <OrderTypeTag type={o.type} /> },
    { key: 'status', title: t('orders.status'), render: (_, o) => <OrderStatusTag status={o.status} /> },
    { key: 'specName', title: t('orders.specName'), dataIndex: 'specName' },
    { key: 'paid', title: t('orders.paidAmount'), align: 'right', render: (_, o) => formatFen(o.paidFen) },
    { key: 'createdAt', title: t('orders.createdAt'), render: (_, o) => formatDateTime(o.createdAt) },
    { key: 'paidAt', title: t('orders.paidAt'), render: (_, o) => formatDateTime(o.paidAt, t('orders.unpaid')) },
  ];

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      style={{ paddingInline: 0, marginBottom: 8 }}
      onClick={() => void (location.key === 'default' ? navigate('/seller/instances') : navigate(-1))}
    >
      {t('commerce.instances.backToList')}
    </Button>
  );

  if (instance.isPending || instance.isError) {
    return (
      <>
        <PageHeader before={back} title={t('commerce.instances.detailTitle')} />
        <Card>{instance.isPending ? <LoadingBlock /> : <LoadError error={instance.error} onRetry={() => void instance.refetch()} />}</Card>
      </>
    );
  }
  const i = instance.data;
  const appInfo = Object.entries(i.appInfo ?? {});
  return (
    <>
      <PageHeader
        before={back}
        title={`${t('commerce.instances.detailTitle')} ${i.id}`}
        extra={
          can(me, 'refunds.manage') ? (
            <Button danger onClick={() => setRefunding(true)}>
              {t('aftersales.sellerRefund.open')}
            </Button>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        <Card title={t('commerce.instances.info')}>
          <Descriptions
            bordered
            column={{ xs: 1, md: 2, xxl: 3 }}
            styles={{ label: { whiteSpace: 'nowrap' }, content: { whiteSpace: 'nowrap' } }}
            items={infoItems(i, t)}
          />
        </Card>
        {appInfo.length > 0 ? (
          <Card title={t('commerce.instances.appInfo')}>
            <AppInfoFields appInfo={Object.fromEntries(appInfo)} />
          </Card>
        ) : null}
        <Card title={t('commerce.instances.orders')}>
          <Table<InstanceOrder>
            rowKey="id"
            columns={orderColumns}
            dataSource={i.orders}
            pagination={false}
            size="small"
            scroll={{ x: 'max-content' }}
            aria-label={t('commerce.instances.orders')}
            locale={{ emptyText: t('commerce.instances.noOrders') }}
          />
        </Card>
        <Card>
          <RemarkForm instance={i} editable={can(me, 'instances.manage')} />
        </Card>
        <SpiCallsCard instanceId={i.id} canRetry={can(me, 'instances.manage')} />
      </Flex>
      <SellerRefundModal open={refunding} instanceId={i.id} onClose={() => setRefunding(false)} />
    </>
  );
}
