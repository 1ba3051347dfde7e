import { demandBudgets, demandTypes } from '@cloudmart/contracts';
import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEMAND_LIMITS, MOBILE } from './demand-format';

/**
 * The demand's fields as the guide's 需求内容 lists them (需求名称, 需求类型, 需求摘要, 地域, 需求内容,
 * 预期价格, 联系人): 发布需求 and the operator's 代客户提需求 both use them. Each rule says what
 * is wrong in the page's words, with the contract's limits.
 */
export function DemandFields() {
  const { t } = useTranslation();
  const required = (message: string) => ({ required: true, whitespace: true, message });
  const max = (n: number) => ({ max: n, message: t('leadsBuyer.rule.tooLong', { max: n }) });
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="name" label={t('leadsBuyer.field.name')} rules={[required(t('leadsBuyer.rule.name')), max(DEMAND_LIMITS.name)]}>
          <Input placeholder={t('leadsBuyer.placeholder.name')} maxLength={DEMAND_LIMITS.name} showCount />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="type" label={t('leadsBuyer.field.type')} rules={[{ required: true, message: t('leadsBuyer.rule.type') }]}>
          <Select placeholder={t('leadsBuyer.placeholder.type')} options={demandTypes.map((v) => ({ value: v, label: t(`leadsBuyer.types.${v}`) }))} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="summary" label={t('leadsBuyer.field.summary')} rules={[required(t('leadsBuyer.rule.summary')), max(DEMAND_LIMITS.summary)]}>
          <Input placeholder={t('leadsBuyer.placeholder.summary')} maxLength={DEMAND_LIMITS.summary} showCount />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="content" label={t('leadsBuyer.field.content')} rules={[{ max: DEMAND_LIMITS.content, message: t('leadsBuyer.rule.content') }]}>
          <Input.TextArea rows={4} placeholder={t('leadsBuyer.placeholder.content')} maxLength={DEMAND_LIMITS.content} showCount />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="region" label={t('leadsBuyer.field.region')} rules={[required(t('leadsBuyer.rule.region')), max(DEMAND_LIMITS.region)]}>
          <Input placeholder={t('leadsBuyer.placeholder.region')} maxLength={DEMAND_LIMITS.region} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="budget" label={t('leadsBuyer.field.budget')} rules={[{ required: true, message: t('leadsBuyer.rule.budget') }]}>
          <Select placeholder={t('leadsBuyer.placeholder.budget')} options={demandBudgets.map((v) => ({ value: v, label: t(`leadsBuyer.budgets.${v}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="contactName"
          label={t('leadsBuyer.field.contactName')}
          rules={[required(t('leadsBuyer.rule.contactName')), max(DEMAND_LIMITS.contactName)]}
        >
          <Input placeholder={t('leadsBuyer.placeholder.contactName')} maxLength={DEMAND_LIMITS.contactName} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="contactPhone"
          label={t('leadsBuyer.field.contactPhone')}
          rules={[{ required: true, pattern: MOBILE, message: t('leadsBuyer.rule.contactPhone') }]}
        >
          <Input inputMode="tel" placeholder={t('leadsBuyer.placeholder.contactPhone')} maxLength={11} />
        </Form.Item>
      </Col>
    </Row>
  );
}
