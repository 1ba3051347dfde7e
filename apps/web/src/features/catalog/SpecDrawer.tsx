import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { purchaseUnits, type BillingMode, type PurchaseUnit, type Spec } from '@cloudmart/contracts';
import { Button, Drawer, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommerceReporter } from '../../shared/ui/commerce-ui';
import { fenToYuan, yuanToFen } from '../../shared/money';
import { useSpecChange } from './products.queries';
import { SaveCancelFooter } from '../../shared/ui/SaveCancelFooter';
import { useFeedback } from '../../shared/ui/feedback';

interface PriceRow {
  unit: PurchaseUnit;
  duration: number;
  yuan: number;
}
interface MeterRow {
  dimension: string;
  unitLabel: string;
  yuan: number;
  per: number;
}
interface SpecValues {
  name: string;
  isTrial: boolean;
  trialDays?: number;
  prices: PriceRow[];
  meters: MeterRow[];
}

function valuesOf(s: Spec): SpecValues {
  return {
    name: s.name,
    isTrial: s.isTrial,
    trialDays: s.trialDays ?? undefined,
    prices: s.prices.map((p) => ({ unit: p.unit, duration: p.duration, yuan: fenToYuan(p.priceFen) })),
    meters: s.meters.map((m) => ({ dimension: m.dimension, unitLabel: m.unitLabel, yuan: fenToYuan(m.priceFen), per: m.per })),
  };
}

interface SpecDrawerProps {
  productId: string;
  billing: BillingMode;
  /** undefined: closed; null: a new spec */
  editing: Spec | null | undefined;
  onClose: () => void;
}

/** Prepaid specs carry duration prices, postpaid specs meters, trial specs only their days. */
export function SpecDrawer({ productId, billing, editing, onClose }: SpecDrawerProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useCommerceReporter();
  const [form] = Form.useForm<SpecValues>();
  const change = useSpecChange();
  const open = editing !== undefined;
  const isTrial = Form.useWatch('isTrial', form) ?? false;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) form.setFieldsValue(valuesOf(editing));
  }, [open, editing, form]);

  const onFinish = (v: SpecValues) => {
    const prices = billing === 'prepaid' && !v.isTrial ? v.prices.map((p) => ({ unit: p.unit, duration: p.duration, priceFen: yuanToFen(p.yuan) })) : undefined;
    const meters =
      billing === 'postpaid' && !v.isTrial
        ? v.meters.map((m) => ({ dimension: m.dimension.trim(), unitLabel: m.unitLabel.trim(), priceFen: yuanToFen(m.yuan), per: m.per }))
        : undefined;
    const done = {
      onSuccess: () => {
        void message.success(t('common.saved'));
        onClose();
      },
      onError: (err: unknown) => report(err, form),
    };
    if (editing) {
      change.mutate(
        { op: 'update', productId, specId: editing.id, body: { name: v.name.trim(), trialDays: v.isTrial ? v.trialDays : undefined, prices, meters } },
        done,
      );
    } else {
      change.mutate(
        { op: 'create', productId, body: { name: v.name.trim(), isTrial: v.isTrial, trialDays: v.isTrial ? v.trialDays : undefined, prices, meters } },
        done,
      );
    }
  };

  const atLeastOne = (msg: string) => ({
    validator: (_r: unknown, rows: unknown[] | undefined) => (rows?.length ? Promise.resolve() : Promise.reject(new Error(msg))),
  });

  return (
    <Drawer
      title={editing ? t('commerce.specs.editTitle') : t('commerce.specs.addTitle')}
      open={open}
      onClose={onClose}
      size={640}
      mask={{ closable: !change.isPending }}
      footer={<SaveCancelFooter pending={change.isPending} onCancel={onClose} onSave={() => form.submit()} />}
    >
      <Form<SpecValues>
        form={form}
        name="spec"
        layout="vertical"
        onFinish={onFinish}
        disabled={change.isPending}
        initialValues={{ isTrial: false, prices: [], meters: [] }}
      >
        <Form.Item
          name="name"
          label={t('commerce.specs.name')}
          rules={[
            { required: true, whitespace: true },
            { max: 60, message: t('validation.tooLong') },
          ]}
        >
          <Input showCount maxLength={60} />
        </Form.Item>
        <Form.Item name="isTrial" label={t('commerce.specs.trial')} valuePropName="checked">
          <Switch disabled={editing !== null} />
        </Form.Item>
        {isTrial ? (
          <Form.Item name="trialDays" label={t('commerce.specs.trialDays')} rules={[{ required: true }]}>
            <InputNumber min={1} max={90} precision={0} style={{ width: 160 }} />
          </Form.Item>
        ) : billing === 'prepaid' ? (
          <Form.List name="prices" rules={[atLeastOne(t('commerce.specs.needPrice'))]}>
            {(fields, { add, remove }, { errors }) => (
              <Form.Item label={t('commerce.specs.prices')} required>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'duration']} rules={[{ required: true }]}>
                      <InputNumber aria-label={t('commerce.specs.duration')} min={1} max={36} precision={0} style={{ width: 90 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'unit']} rules={[{ required: true }]}>
                      <Select
                        aria-label={t('commerce.specs.unit')}
                        style={{ width: 90 }}
                        options={purchaseUnits.map((u) => ({ value: u, label: t(`commerce.specs.units.${u}`) }))}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'yuan']} rules={[{ required: true }]}>
                      <InputNumber aria-label={t('commerce.specs.price')} min={0} max={10_000_000} precision={2} prefix="¥" style={{ width: 160 }} />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('common.delete')} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ unit: 'month', duration: 1 })}>
                  {t('commerce.specs.addPrice')}
                </Button>
                <Form.ErrorList errors={errors} />
              </Form.Item>
            )}
          </Form.List>
        ) : (
          <Form.List name="meters" rules={[atLeastOne(t('commerce.specs.needMeter'))]}>
            {(fields, { add, remove }, { errors }) => (
              <Form.Item label={t('commerce.specs.meters')} required>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item
                      name={[f.name, 'dimension']}
                      rules={[{ required: true }, { pattern: /^[a-z][a-z0-9_]{0,39}$/, message: t('commerce.specs.dimensionHelp') }]}
                    >
                      <Input aria-label={t('commerce.specs.dimension')} placeholder={t('commerce.specs.dimension')} style={{ width: 130 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'yuan']} rules={[{ required: true }]}>
                      <InputNumber aria-label={t('commerce.specs.price')} min={0} max={10_000_000} precision={2} prefix="¥" style={{ width: 130 }} />
                    </Form.Item>
                    <Typography.Text>/</Typography.Text>
                    <Form.Item name={[f.name, 'per']} rules={[{ required: true }]}>
                      <InputNumber aria-label={t('commerce.specs.per')} min={1} max={1_000_000} precision={0} style={{ width: 100 }} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'unitLabel']}
                      rules={[
                        { required: true, whitespace: true },
                        { max: 20, message: t('validation.tooLong') },
                      ]}
                    >
                      <Input aria-label={t('commerce.specs.unitLabel')} placeholder={t('commerce.specs.unitLabel')} style={{ width: 90 }} />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('common.delete')} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ per: 1 })}>
                  {t('commerce.specs.addMeter')}
                </Button>
                <Form.ErrorList errors={errors} />
              </Form.Item>
            )}
          </Form.List>
        )}
      </Form>
    </Drawer>
  );
}
