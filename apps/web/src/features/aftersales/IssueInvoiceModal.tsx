import { postageKinds, type IssueInvoiceBody } from '@cloudmart/contracts';
import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAftersalesReporter } from './aftersales-ui';
import { useIssueInvoice } from './invoices.queries';
import { formatFen } from '../../shared/money';
import { useFeedback } from '../../shared/ui/feedback';

// DOMAIN 2.4: over ¥200 the seller pays the postage; the server refuses cash on delivery then
const PREPAID_ABOVE_FEN = 20_000;

interface IssueInvoiceModalProps {
  open: boolean;
  invoiceId: string;
  amountFen: number;
  onClose: () => void;
}

/** 编辑发票邮寄信息: after mailing the paper invoice, record it; the application becomes 完成. */
export function IssueInvoiceModal({ open, invoiceId, amountFen, onClose }: IssueInvoiceModalProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useAftersalesReporter();
  const issue = useIssueInvoice();
  const [form] = Form.useForm<IssueInvoiceBody>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = (v: IssueInvoiceBody) =>
    issue.mutate(
      { id: invoiceId, body: { invoiceNo: v.invoiceNo.trim(), carrier: v.carrier.trim(), trackingNo: v.trackingNo.trim(), postage: v.postage } },
      {
        onSuccess: () => {
          void message.success(t('aftersales.invoices.issued'));
          onClose();
        },
        onError: (err) => report(err, form, { postage_must_be_prepaid: 'postage' }),
      },
    );

  const text = [
    { required: true, whitespace: true },
    { max: 64, message: t('validation.tooLong') },
  ];
  return (
    <Modal
      open={open}
      title={t('aftersales.invoices.issueTitle')}
      okText={t('common.save')}
      okButtonProps={{ loading: issue.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('aftersales.invoices.issueConfirm')} />
      <Form<IssueInvoiceBody>
        form={form}
        name="issueInvoice"
        layout="vertical"
        initialValues={{ postage: 'prepaid' }}
        onFinish={submit}
        disabled={issue.isPending}
      >
        <Form.Item name="invoiceNo" label={t('aftersales.invoices.invoiceNo')} rules={text}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="carrier" label={t('aftersales.invoices.carrier')} rules={text}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="trackingNo" label={t('aftersales.invoices.trackingNo')} rules={text}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          name="postage"
          label={t('aftersales.invoices.postage')}
          rules={[{ required: true }]}
          extra={`${t('aftersales.invoices.postageHelp')} ${t('aftersales.invoices.amount')}: ${formatFen(amountFen)}${amountFen > PREPAID_ABOVE_FEN ? ` — ${t('aftersales.errors.postage_must_be_prepaid')}` : ''}`}
        >
          <Radio.Group options={postageKinds.map((p) => ({ value: p, label: t(`aftersales.invoices.postages.${p}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
