import { PlusOutlined } from '@ant-design/icons';
import type { FilePurpose, QuoteBody } from '@cloudmart/contracts';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage, useErrorReporter } from '../../../shared/api/errors';
import { formatFen } from '../../../shared/money';
import { FileUploadField } from '../../../shared/ui/FileUploadField';
import { LoadingBlock } from '../../../shared/ui/QueryStates';
import { draftTotalFen, parsePeriod, type QuoteDraft } from './lead-format';
import { useAddQuote, useCreateProposal, useQuotableProducts } from './leads.queries';
import { QuoteFields } from './QuoteFields';
import { useFeedback } from '../../../shared/ui/feedback';

/** 方案合同: a contract PDF (≤ 5 MB, the files module's contract rule). */
const CONTRACT_PURPOSE: FilePurpose = 'proposal_contract';

interface Values {
  name: string;
  quotes: QuoteDraft[];
  contractFileId?: string;
  remark?: string;
}

/** A complete draft as the API takes it (the form's rules have made every field present). */
function quoteOf(d: QuoteDraft): QuoteBody | null {
  const period = parsePeriod(d.period);
  if (!d.productId || !d.specId || !period || !d.price) return null;
  return {
    productId: d.productId,
    specId: d.specId,
    unit: period.unit,
    duration: period.duration,
    quantity: d.quantity ?? 1,
    priceFen: Math.round(d.price * 100),
  };
}

const blankQuote: QuoteDraft = { quantity: 1 };

/**
 * 新增方案 (guide 4 提交方案: 方案名称, 选择商品 "+ 添加报价单", (可选) 方案合同, (可选) 方案备注, 提交方案),
 * or — with `proposalId` — one more 报价单 on a sent proposal ("如果需要修改报价单，则需要先撤销不需要的报价单。再添加新的报价单").
 */
export function ProposalFormModal({ leadId, open, proposalId, onClose }: { leadId: string; open: boolean; proposalId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<Values>();
  const products = useQuotableProducts(open);
  const create = useCreateProposal(leadId);
  const addQuote = useAddQuote(leadId);
  const quotes: (QuoteDraft | undefined)[] | undefined = Form.useWatch('quotes', form);
  const addOnly = proposalId !== undefined;

  const onFinish = (v: Values) => {
    const bodies = v.quotes.map(quoteOf).filter((q): q is QuoteBody => q !== null);
    if (!bodies.length) return;
    const done = (text: string) => () => {
      void message.success(text);
      onClose();
    };
    const fail = (err: unknown) => report(err, form);
    if (addOnly) {
      const [quote] = bodies;
      if (quote) void addQuote.mutateAsync({ proposalId, quote }).then(done(t('leadsSeller.proposals.quoteAdded')), fail);
      return;
    }
    void create
      .mutateAsync({ name: v.name.trim(), quotes: bodies, contractFileId: v.contractFileId, remark: v.remark?.trim() || undefined })
      .then(done(t('leadsSeller.proposalForm.sent')), fail);
  };

  const list = products.data ?? [];
  return (
    <Modal
      open={open}
      title={addOnly ? t('leadsSeller.proposalForm.quoteTitle') : t('leadsSeller.proposalForm.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={addOnly ? t('leadsSeller.proposals.addQuote') : t('leadsSeller.proposalForm.submit')}
      okButtonProps={{ disabled: products.isPending || list.length === 0 }}
      confirmLoading={create.isPending || addQuote.isPending}
      width={addOnly ? 760 : 820}
      destroyOnHidden
    >
      {products.isPending ? (
        <LoadingBlock minHeight={160} />
      ) : list.length === 0 ? (
        <Alert
          type="warning"
          showIcon
          title={products.error ? t('common.loadFailed') : t('leadsSeller.proposalForm.noProducts')}
          description={products.error ? errorMessage(t, products.error) : undefined}
        />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          name={addOnly ? 'addQuote' : 'newProposal'}
          onFinish={onFinish}
          preserve={false}
          initialValues={{ quotes: [blankQuote] }}
        >
          {addOnly ? null : (
            <Form.Item
              name="name"
              label={t('leadsSeller.proposalForm.name')}
              rules={[
                { required: true, whitespace: true, message: t('leadsSeller.proposalForm.nameRequired') },
                { max: 60, message: t('leadsSeller.proposalForm.tooLong', { max: 60 }) },
              ]}
            >
              <Input maxLength={60} placeholder={t('leadsSeller.proposalForm.namePlaceholder')} />
            </Form.Item>
          )}
          <Typography.Text strong>{addOnly ? null : t('leadsSeller.proposalForm.quotes')}</Typography.Text>
          {addOnly ? null : (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {t('leadsSeller.proposalForm.quotesHint')}
            </Typography.Paragraph>
          )}
          <Form.List
            name="quotes"
            rules={[
              {
                validator: (_, value: unknown[] | undefined) =>
                  value && value.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('leadsSeller.proposalForm.quotesRequired'))),
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field) => (
                  <QuoteFields
                    key={field.key}
                    form={form}
                    name={field.name}
                    products={list}
                    onRemove={fields.length > 1 ? () => remove(field.name) : undefined}
                  />
                ))}
                {addOnly ? null : (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(blankQuote)} disabled={fields.length >= 20} style={{ marginBottom: 8 }}>
                    {t('leadsSeller.proposalForm.addQuote')}
                  </Button>
                )}
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
          <Typography.Paragraph strong style={{ textAlign: 'right' }} data-testid="draft-total">
            {t('leadsSeller.proposalForm.total', { total: formatFen(draftTotalFen(quotes ?? [])) })}
          </Typography.Paragraph>
          {addOnly ? null : (
            <>
              <Form.Item name="contractFileId" label={t('leadsSeller.proposalForm.contract')} extra={t('leadsSeller.proposalForm.contractHint')}>
                <FileUploadField accept="application/pdf,.pdf" purposeOf={() => CONTRACT_PURPOSE} id="newProposal_contract" />
              </Form.Item>
              <Form.Item
                name="remark"
                label={t('leadsSeller.proposalForm.remark')}
                extra={t('leadsSeller.proposalForm.remarkHint')}
                rules={[{ max: 500, message: t('leadsSeller.proposalForm.tooLong', { max: 500 }) }]}
              >
                <Input.TextArea rows={2} maxLength={500} showCount />
              </Form.Item>
            </>
          )}
        </Form>
      )}
    </Modal>
  );
}
