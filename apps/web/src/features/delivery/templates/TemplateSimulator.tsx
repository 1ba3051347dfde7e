import { ExperimentOutlined } from '@ant-design/icons';
import type { FlowNode, SimulatedStep, TemplateSimulation } from '@cloudmart/contracts';
import { Alert, Button, Card, DatePicker, Descriptions, Flex, Form, InputNumber, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { beijingIso, beijingText } from './simulator-time';
import { useTemplateReporter } from './template-ui';
import { useSimulateTemplate } from './templates.queries';

function When({ iso }: { iso: string }) {
  const text = beijingText(iso);
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {text} <Typography.Text type="secondary">{dayjs(text.slice(0, 10)).format('ddd')}</Typography.Text>
    </span>
  );
}

interface Values {
  start: Dayjs;
  warrantyDays?: number | null;
}

/**
 * 流程模拟 (issue 11 item 12): pick a start and see each node's due time on the real work
 * calendar, computed by the server with the engine's own due function.
 */
export function TemplateSimulator({ templateId, nodes, editable }: { templateId: string; nodes: FlowNode[]; editable: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const simulate = useSimulateTemplate();
  const report = useTemplateReporter();
  const [result, setResult] = useState<TemplateSimulation | null>(null);
  // the warranty flow's last step runs on the product's warranty period
  // node names as the editor shows them (a public preset's in the user's language)
  const shownName = new Map(nodes.flatMap((n) => (n.type === 'container' ? n.children : [n])).map((s) => [s.id, s.name]));
  const warranty = nodes.some((n) => (n.type === 'container' ? n.children : [n]).some((s) => s.type === 'complete' && s.untilWarrantyEnds));

  const onFinish = (v: Values) =>
    simulate.mutate(
      {
        id: templateId,
        body: { start: beijingIso(v.start), ...(editable ? { nodes } : {}), ...(warranty && v.warrantyDays ? { warrantyDays: v.warrantyDays } : {}) },
      },
      { onSuccess: setResult, onError: (err) => report(err) },
    );

  const columns: TableColumnsType<SimulatedStep> = [
    { key: 'name', title: t('deliverySimulator.step'), render: (_, s) => <span style={{ whiteSpace: 'nowrap' }}>{shownName.get(s.nodeId) ?? s.name}</span> },
    { key: 'type', title: t('deliverySimulator.type'), width: 150, render: (_, s) => t(`delivery.nodeTypes.${s.type}`) },
    { key: 'enteredAt', title: t('deliverySimulator.enteredAt'), width: 190, render: (_, s) => <When iso={s.enteredAt} /> },
    {
      key: 'timeout',
      title: t('deliverySimulator.timeout'),
      width: 190,
      render: (_, s) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {s.dueClock === 'calendar' ? t('deliverySimulator.calendarClock') : s.timeoutDays > 0 ? t('delivery.workingDays', { days: s.timeoutDays }) : '—'}
        </span>
      ),
    },
    {
      key: 'dueAt',
      title: t('deliverySimulator.dueAt'),
      width: 260,
      render: (_, s) =>
        s.dueAt ? (
          <Flex gap={4} wrap>
            <When iso={s.dueAt} />
            {s.advancesOnTimeout ? <Tag color="blue">{t('deliverySimulator.autoAdvance')}</Tag> : null}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('deliverySimulator.noDue')}</Typography.Text>
        ),
    },
  ];

  return (
    <Card
      title={
        <span>
          <ExperimentOutlined aria-hidden /> {t('deliverySimulator.title')}
        </span>
      }
      size="small"
    >
      <Typography.Paragraph type="secondary">{t('deliverySimulator.intro')}</Typography.Paragraph>
      <Form<Values> form={form} name="templateSimulator" layout="inline" onFinish={onFinish} initialValues={{ start: dayjs().minute(0).second(0) }}>
        <Form.Item name="start" label={t('deliverySimulator.start')} rules={[{ required: true, message: t('deliverySimulator.startRequired') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowClear={false} />
        </Form.Item>
        {warranty ? (
          <Form.Item name="warrantyDays" label={t('deliverySimulator.warrantyDays')}>
            <InputNumber min={1} max={3650} precision={0} />
          </Form.Item>
        ) : null}
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={simulate.isPending}>
            {t('deliverySimulator.run')}
          </Button>
        </Form.Item>
      </Form>
      {editable ? <Alert type="info" showIcon title={t('deliverySimulator.unsavedNote')} style={{ marginTop: 12 }} /> : null}
      {result ? (
        <>
          <Table<SimulatedStep>
            rowKey="nodeId"
            size="small"
            columns={columns}
            dataSource={result.steps}
            pagination={false}
            scroll={{ x: 'max-content' }}
            style={{ marginTop: 12 }}
            aria-label={t('deliverySimulator.title')}
          />
          <Descriptions size="small" column={2} style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('deliverySimulator.completedAt')}>
              <When iso={result.completedAt} />
            </Descriptions.Item>
            <Descriptions.Item label={t('deliverySimulator.autoConfirmAt')}>
              {result.autoConfirmAt ? <When iso={result.autoConfirmAt} /> : t('deliverySimulator.noAutoConfirm')}
            </Descriptions.Item>
          </Descriptions>
        </>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('deliverySimulator.empty')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
