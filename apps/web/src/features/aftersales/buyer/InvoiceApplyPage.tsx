import { ArrowLeftOutlined } from '@ant-design/icons';
import type { ApplyInvoiceBody, InvoiceType, SpecialInvoiceDetails } from '@cloudmart/contracts';
import { Alert, Button, Card, Divider, Empty, Form, Input, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { useAftersalesErrorReporter } from './aftersales-errors';
import { cashOf, InvoiceOrderPicker, sellersOf } from './InvoiceOrderPicker';
import { invoicePath, useApplyInvoice, useInvoiceableOrders } from './invoices.queries';
import { formatFen } from '../../../shared/money';
import { useFeedback } from '../../../shared/ui/feedback';

interface InvoiceForm {
  type: InvoiceType;
  title: string;
  taxNo?: string;
  details?: SpecialInvoiceDetails;
  contactName: string;
  contactPhone: string;
  address: string;
  sellerId?: string;
  orderIds: string[];
}

const specialFields = ['bank', 'account', 'regAddress', 'regPhone'] as const;
const maxOf: Record<(typeof specialFields)[number], number> = { bank: 100, account: 64, regAddress: 200, regPhone: 32 };

/** /buyer/invoices/new — 申请发票 over paid orders of one seller (cash part only). */
export function InvoiceApplyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { modal, message } = useFeedback();
  const [form] = Form.useForm<InvoiceForm>();
  const invoiceable = useInvoiceableOrders();
  const apply = useApplyInvoice();
  const report = useAftersalesErrorReporter();
  const type = Form.useWatch('type', form);
  const sellerId = Form.useWatch('sellerId', form);
  const all = invoiceable.data ?? [];
  const sellers = sellersOf(all);
  const onlySeller = sellers.length === 1 ? sellers[0]?.value : undefined;
  const chosenSeller = sellerId ?? onlySeller;
  const orders = all.filter((o) => o.sellerId === chosenSeller);
  useEffect(() => {
    // one seller to choose from: choose it
    if (onlySeller && !form.getFieldValue('sellerId')) form.setFieldValue('sellerId', onlySeller);
  }, [form, onlySeller]);
  const required = { required: true, whitespace: true, message: t('validation.required') };
  const text = (max: number) => [required, { max, message: t('validation.tooLong') }];

  const submit = (v: InvoiceForm) => {
    const special = v.type === 'special';
    const body: ApplyInvoiceBody = {
      type: v.type,
      title: v.title.trim(),
      taxNo: v.taxNo?.trim() || undefined,
      details: special && v.details ? v.details : undefined,
      contactName: v.contactName.trim(),
      contactPhone: v.contactPhone.trim(),
      address: v.address.trim(),
      orderIds: v.orderIds,
    };
    modal.confirm({
      title: t('buyerAftersales.invoice.confirmTitle'),
      content: t('buyerAftersales.invoice.confirmContent', {
        seller: sellers.find((s) => s.value === chosenSeller)?.label ?? '',
        type: t(`buyerAftersales.invoiceTypes.${v.type}`),
        amount: formatFen(cashOf(all, v.orderIds)),
      }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        apply
          .mutateAsync(body)
          .then((created) => {
            void message.success(t('buyerAftersales.invoice.submitted'));
            void navigate(invoicePath(created.id));
          })
          .catch(report),
    });
  };

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }} onClick={() => void navigate('/buyer/invoices')}>
      {t('buyerAftersales.invoice.backToList')}
    </Button>
  );

  let ordersPart;
  if (invoiceable.isPending) ordersPart = <LoadingBlock minHeight={120} />;
  else if (invoiceable.isError) ordersPart = <LoadError error={invoiceable.error} onRetry={() => void invoiceable.refetch()} />;
  else if (all.length === 0) ordersPart = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('buyerAftersales.invoice.noInvoiceable')} />;
  else
    ordersPart = (
      <>
        <Form.Item name="sellerId" label={t('buyerAftersales.invoice.pickSeller')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select
            style={{ maxWidth: 360 }}
            placeholder={t('buyerAftersales.invoice.pickSellerPlaceholder')}
            options={sellers}
            onChange={() => form.setFieldValue('orderIds', [])}
          />
        </Form.Item>
        {chosenSeller ? (
          <Form.Item
            name="orderIds"
            label={t('buyerAftersales.invoice.pickOrders')}
            rules={[{ required: true, type: 'array', min: 1, message: t('buyerAftersales.invoice.pickOrdersRequired') }]}
          >
            <InvoiceOrderPicker orders={orders} label={t('buyerAftersales.invoice.pickOrders')} />
          </Form.Item>
        ) : null}
      </>
    );

  return (
    <>
      <PageHeader before={back} title={t('buyerAftersales.invoice.applyTitle')} />
      <Card>
        <Alert type="info" showIcon title={t('buyerAftersales.invoice.rules')} style={{ marginBottom: 24 }} data-testid="invoice-cash-rule" />
        <Form<InvoiceForm>
          form={form}
          layout="vertical"
          style={{ maxWidth: 960 }}
          initialValues={{ type: 'ordinary', orderIds: [] }}
          onFinish={submit}
          disabled={apply.isPending}
        >
          <Divider titlePlacement="start">{t('buyerAftersales.invoice.sectionOrders')}</Divider>
          {ordersPart}
          <Divider titlePlacement="start">{t('buyerAftersales.invoice.sectionInvoice')}</Divider>
          <Form.Item name="type" label={t('buyerAftersales.invoice.type')} rules={[required]}>
            <Radio.Group options={(['ordinary', 'special'] as const).map((v) => ({ value: v, label: t(`buyerAftersales.invoiceTypes.${v}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('buyerAftersales.invoice.title')} rules={text(100)}>
            <Input maxLength={100} placeholder={t('buyerAftersales.invoice.titlePlaceholder')} />
          </Form.Item>
          <Form.Item
            name="taxNo"
            label={t('buyerAftersales.invoice.taxNo')}
            rules={type === 'special' ? text(32) : [{ max: 32, message: t('validation.tooLong') }]}
          >
            <Input maxLength={32} />
          </Form.Item>
          {type === 'special' ? (
            <>
              <Divider titlePlacement="start">{t('buyerAftersales.invoice.sectionSpecial')}</Divider>
              {specialFields.map((f) => (
                <Form.Item key={f} name={['details', f]} label={t(`buyerAftersales.invoice.${f}`)} rules={text(maxOf[f])}>
                  <Input maxLength={maxOf[f]} />
                </Form.Item>
              ))}
            </>
          ) : null}
          <Divider titlePlacement="start">{t('buyerAftersales.invoice.sectionContact')}</Divider>
          <Form.Item name="contactName" label={t('buyerAftersales.invoice.contactName')} rules={text(50)}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="contactPhone" label={t('buyerAftersales.invoice.contactPhone')} rules={text(32)}>
            <Input maxLength={32} />
          </Form.Item>
          <Form.Item name="address" label={t('buyerAftersales.invoice.address')} rules={text(200)}>
            <Input.TextArea rows={2} maxLength={200} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={apply.isPending} disabled={all.length === 0}>
            {t('buyerAftersales.invoice.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
