import { demandBudgets, demandTypes, type SellerRaiseDemandBody } from '@cloudmart/contracts';
import { Alert, Col, Form, Input, Modal, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../shared/api/errors';
import { MOBILE } from './AnswerModals';
import { useRaiseDemand } from './leads.queries';
import { useFeedback } from '../../../shared/ui/feedback';

type Values = Omit<SellerRaiseDemandBody, 'content'> & { content?: string };

/**
 * 代客户提需求 (guide 4): "服务商如果通过 400 电话、旺旺或线下等其他渠道获取的需求，也可录入商机系统" —
 * to itself (a directed lead) or to the marketplace (an operator follows up or routes it).
 */
export function RaiseDemandModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const [form] = Form.useForm<Values>();
  const raise = useRaiseDemand();
  const required = (field: string) => ({ required: true, whitespace: true, message: t('leadsSeller.raise.required', { field }) });
  const max = (n: number) => ({ max: n, message: t('leadsSeller.raise.tooLong', { max: n }) });

  const onFinish = (v: Values) => {
    const body: SellerRaiseDemandBody = { ...v, content: v.content?.trim() || undefined };
    raise.mutateAsync(body).then(
      () => {
        void message.success(t(v.target === 'self' ? 'leadsSeller.raise.doneSelf' : 'leadsSeller.raise.doneMarketplace'));
        onClose();
      },
      (err: unknown) => report(err, form, { buyer_account_unknown: 'buyerLoginName' }),
    );
  };
  const label = (k: 'buyerLoginName' | 'name' | 'type' | 'summary' | 'content' | 'region' | 'budget' | 'contactName' | 'contactPhone') =>
    t(`leadsSeller.raise.${k}`);

  return (
    <Modal
      open={open}
      title={t('leadsSeller.raise.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('leadsSeller.raise.submit')}
      confirmLoading={raise.isPending}
      width={720}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('leadsSeller.raise.explain')} style={{ marginBottom: 16 }} />
      <Form<Values> form={form} layout="vertical" name="raiseDemand" onFinish={onFinish} preserve={false} initialValues={{ target: 'self' }}>
        <Form.Item name="target" label={t('leadsSeller.raise.target')} rules={[{ required: true }]}>
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            <Radio value="self">{t('leadsSeller.raise.targets.self')}</Radio>
            <Radio value="marketplace">{t('leadsSeller.raise.targets.marketplace')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="buyerLoginName"
              label={label('buyerLoginName')}
              extra={t('leadsSeller.raise.buyerLoginNameHint')}
              rules={[required(label('buyerLoginName')), max(64)]}
            >
              <Input maxLength={64} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={label('name')} rules={[required(label('name')), max(60)]}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="type" label={label('type')} rules={[{ required: true, message: t('leadsSeller.raise.pick', { field: label('type') }) }]}>
              <Select options={demandTypes.map((v) => ({ value: v, label: t(`leadsSeller.types.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="budget" label={label('budget')} rules={[{ required: true, message: t('leadsSeller.raise.pick', { field: label('budget') }) }]}>
              <Select options={demandBudgets.map((v) => ({ value: v, label: t(`leadsSeller.budgets.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="summary" label={label('summary')} rules={[required(label('summary')), max(200)]}>
              <Input maxLength={200} showCount />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="content" label={label('content')} rules={[max(2000)]}>
              <Input.TextArea rows={3} maxLength={2000} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="region" label={label('region')} rules={[required(label('region')), max(60)]}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactName" label={label('contactName')} rules={[required(label('contactName')), max(30)]}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="contactPhone"
              label={label('contactPhone')}
              rules={[required(label('contactPhone')), { pattern: MOBILE, message: t('leadsSeller.raise.phoneInvalid') }]}
            >
              <Input inputMode="tel" maxLength={11} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
