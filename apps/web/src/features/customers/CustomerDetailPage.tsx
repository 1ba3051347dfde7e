import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, GiftOutlined, LinkOutlined, PhoneOutlined } from '@ant-design/icons';
import type { CustomerDetail } from '@cloudmart/contracts';
import { Button, Card, Col, Descriptions, Flex, Popconfirm, Row, Statistic, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { can } from '../../shared/access';
import { useErrorReporter } from '../../shared/api/errors';
import { formatFen } from '../../shared/money';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { SectionGate } from '../../shared/ui/SectionGate';
import { useCurrentUser } from '../accounts/auth.queries';
import { beijingText } from '../promotions/promotion-time';
import { CallModal } from './CallModal';
import { customerLabel, maskAccount } from './customer-format';
import { EditCustomerModal } from './CustomerFormModal';
import { CustomerTagsModal } from './CustomerTagsModal';
import { customersPath, useCustomer, useDeleteCustomer } from './customers.queries';
import { customersSection } from './customers.section';
import { CustomerDetailTabs } from './detail-tabs';
import { LinkAccountModal } from './LinkAccountModal';
import { SendCouponModal } from './SendCouponModal';
import { useFeedback } from '../../shared/ui/feedback';

/** /seller/customers/:id — 查看客户详情 (guide 2.8: 基本信息、交易信息、订单信息、业务信息、需求信息和持有的优惠券). */
export function CustomerDetailPage() {
  return (
    <SectionGate sections={[customersSection]}>
      <CustomerDetailLoader />
    </SectionGate>
  );
}

function CustomerDetailLoader() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const customer = useCustomer(id);
  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }} onClick={() => void navigate(customersPath)}>
      {t('customers.back')}
    </Button>
  );
  if (customer.isPending)
    return (
      <>
        <PageHeader before={back} title={t('customers.profile')} />
        <LoadingBlock />
      </>
    );
  if (customer.isError)
    return (
      <>
        <PageHeader before={back} title={t('customers.profile')} />
        <LoadError error={customer.error} onRetry={() => void customer.refetch()} />
      </>
    );
  return <CustomerView customer={customer.data} back={back} />;
}

type Dialog = 'edit' | 'tags' | 'coupon' | 'call' | 'link';

function CustomerView({ customer: c, back }: { customer: CustomerDetail; back: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const remove = useDeleteCustomer();
  const canManage = can(me, 'customers.manage');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const isPrivate = c.kind === 'private';
  const label = customerLabel(c);

  const onDelete = () =>
    remove.mutateAsync(c.id).then(
      () => {
        void message.success(t('customers.deleted'));
        void navigate(`${customersPath}?kind=private`);
      },
      (err: unknown) => report(err),
    );

  return (
    <>
      <PageHeader
        before={back}
        title={
          <Flex gap={8} align="center">
            {label}
            <Tag color={isPrivate ? 'purple' : 'blue'}>{t(`customers.kindOne.${c.kind}`)}</Tag>
          </Flex>
        }
        extra={
          canManage ? (
            <>
              <Button type="primary" icon={<PhoneOutlined />} onClick={() => setDialog('call')}>
                {t('customers.callTitle')}
              </Button>
              {isPrivate && c.buyerAccount === null ? (
                <Button icon={<LinkOutlined />} onClick={() => setDialog('link')}>
                  {t('customers.link')}
                </Button>
              ) : null}
              {isPrivate ? (
                <Popconfirm
                  title={t('customers.deleteConfirm', { name: label })}
                  description={t('customers.deleteExplain')}
                  onConfirm={onDelete}
                  okButtonProps={{ danger: true }}
                >
                  <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                    {t('customers.deletePrivate')}
                  </Button>
                </Popconfirm>
              ) : null}
            </>
          ) : null
        }
      />
      <Card
        title={t('customers.profile')}
        style={{ marginBottom: 16 }}
        extra={
          canManage ? (
            <Button type="link" icon={<EditOutlined />} onClick={() => setDialog('edit')}>
              {t('customers.editProfile')}
            </Button>
          ) : null
        }
        data-testid="customer-profile"
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('customers.account')}>
            {c.buyerAccount === null ? t('customers.unlinked') : maskAccount(c.buyerAccount)}
          </Descriptions.Item>
          <Descriptions.Item label={t('customers.uid')}>{c.buyerUid ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={isPrivate ? t('customers.name') : t('customers.contactName')}>
            {(isPrivate ? c.name : c.contactName) ?? <Typography.Text type="secondary">{t('customers.contactNameEmpty')}</Typography.Text>}
          </Descriptions.Item>
          <Descriptions.Item label={t('customers.company')}>{c.company ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('customers.source')}>{t(`customers.sources.${c.source}`)}</Descriptions.Item>
          <Descriptions.Item label={t('customers.createdAt')}>{beijingText(c.createdAt, 16)}</Descriptions.Item>
          {c.contact === null ? (
            // "客户在下单时可以选择不将联系方式展示给服务商 … 此时，您只能通过双呼方式联系客户"
            <Descriptions.Item label={t('customers.contact')} span="filled">
              <Flex gap={8} align="center" wrap>
                <Tag style={{ marginInlineEnd: 0 }}>{t('customers.notAuthorized')}</Tag>
                <Typography.Text type="secondary">{t('customers.notAuthorizedHint')}</Typography.Text>
              </Flex>
            </Descriptions.Item>
          ) : (
            <>
              <Descriptions.Item label={t('customers.phone')}>{c.contact.phone ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('customers.email')} span="filled">
                {c.contact.email ?? '—'}
              </Descriptions.Item>
            </>
          )}
          <Descriptions.Item label={t('customers.remark')} span="filled">
            {c.remark ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('customers.tagsEditor.title')} span="filled">
            <Flex gap={4} wrap align="center">
              {c.tags.length ? (
                c.tags.map((tag) => <Tag key={tag.id}>{tag.name}</Tag>)
              ) : (
                <Typography.Text type="secondary">{t('customers.noTags')}</Typography.Text>
              )}
              {canManage ? (
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setDialog('tags')}>
                  {t('customers.tagsEditor.edit')}
                </Button>
              ) : null}
            </Flex>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} lg={6}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic title={t('customers.orderCount')} value={c.trade.orderCount} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic title={t('customers.paid')} value={formatFen(c.trade.paidFen - c.trade.refundedFen)} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('customers.paidDetail', { paid: formatFen(c.trade.paidFen), refunded: formatFen(c.trade.refundedFen) })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic title={t('customers.firstOrder')} value={beijingText(c.trade.firstOrderAt, 10)} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic title={t('customers.lastOrderAt')} value={beijingText(c.trade.lastOrderAt, 10)} />
          </Card>
        </Col>
      </Row>
      <Card>
        <CustomerDetailTabs
          customer={c}
          couponAction={
            canManage ? (
              <Flex justify="end" style={{ marginBottom: 12 }}>
                <Button icon={<GiftOutlined />} onClick={() => setDialog('coupon')}>
                  {t('customers.coupons.send')}
                </Button>
              </Flex>
            ) : null
          }
        />
      </Card>
      {dialog === 'edit' ? <EditCustomerModal open customer={c} onClose={close} /> : null}
      <CustomerTagsModal target={dialog === 'tags' ? { mode: 'single', customerId: c.id, tagIds: c.tags.map((tag) => tag.id) } : null} onClose={close} />
      <SendCouponModal recipients={dialog === 'coupon' ? [c] : null} onClose={close} />
      {dialog === 'call' ? <CallModal open customerId={c.id} onClose={close} /> : null}
      {dialog === 'link' ? <LinkAccountModal open customerId={c.id} onClose={close} /> : null}
    </>
  );
}
