import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { AvailableProvider, ProductProvider, SellerProductRow } from '@cloudmart/contracts';
import { Alert, Button, Drawer, Form, InputNumber, Select, Table, Typography, type FormRule, type TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, LoadingBlock } from '../../../shared/ui/QueryStates';
import { useAvailableProviders, useProductProviders, useSetProductProviders } from './providers.queries';
import { useStaffReporter } from './staff-errors';
import { SaveCancelFooter } from '../../../shared/ui/SaveCancelFooter';
import { useFeedback } from '../../../shared/ui/feedback';

interface Row {
  providerSellerId?: string;
  weight?: number;
  maxOpen?: number;
}
interface Values {
  providers: Row[];
}

const int = (min: number, max: number, message: string): FormRule => ({ type: 'integer', min, max, message });

/** The providers of one product: weight and max open per provider; saving replaces the set. */
export function ProductProvidersDrawer({ product, onClose }: { product: SellerProductRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useStaffReporter();
  const [form] = Form.useForm<Values>();
  const current = useProductProviders(product?.id);
  const available = useAvailableProviders();
  const save = useSetProductProviders();
  const rows = Form.useWatch('providers', form) ?? [];

  // on every opening (product goes null → row) and when the saved set arrives
  useEffect(() => {
    if (product && current.data)
      form.setFieldsValue({ providers: current.data.providers.map((p) => ({ providerSellerId: p.sellerId, weight: p.weight, maxOpen: p.maxOpen })) });
  }, [product, current.data, form]);

  const live = new Map<string, ProductProvider>((current.data?.providers ?? []).map((p) => [p.sellerId, p]));
  const label = (p: AvailableProvider) => `${p.name} (${p.code})${p.self ? t('deliveryStaff.editor.self') : ''}`;
  const options = (available.data ?? []).map((p) => ({ value: p.sellerId, label: label(p) }));
  const onlySelf = available.data !== undefined && available.data.every((p) => p.self);

  const onFinish = (v: Values) => {
    if (!product) return;
    const providers = v.providers.map((r) => ({ providerSellerId: r.providerSellerId ?? '', weight: r.weight ?? 1, maxOpen: r.maxOpen ?? 0 }));
    save.mutate(
      { productId: product.id, body: { providers } },
      {
        onSuccess: () => {
          void message.success(t('deliveryStaff.editor.saved'));
          onClose();
        },
        onError: (err) => report(err, { form }),
      },
    );
  };

  const uniqueProvider: FormRule = ({ getFieldValue }) => ({
    validator: (_rule, value: unknown) => {
      const all: Row[] = getFieldValue('providers') ?? [];
      return value && all.filter((r) => r.providerSellerId === value).length > 1
        ? Promise.reject(new Error(t('deliveryStaff.editor.providerTwice')))
        : Promise.resolve();
    },
  });

  const loading = current.isPending || available.isPending;
  const failed = current.error ?? available.error;

  return (
    <Drawer
      title={product ? t('deliveryStaff.editor.title', { name: product.name }) : ''}
      open={product !== null}
      onClose={onClose}
      size={860}
      destroyOnHidden
      footer={<SaveCancelFooter pending={save.isPending} saveDisabled={loading || failed !== null} onCancel={onClose} onSave={() => form.submit()} />}
    >
      {loading ? (
        <LoadingBlock />
      ) : failed ? (
        <LoadError error={failed} onRetry={() => void Promise.all([current.refetch(), available.refetch()])} />
      ) : (
        <Form<Values> form={form} name="productProviders" onFinish={onFinish} initialValues={{ providers: [] }} disabled={save.isPending}>
          {onlySelf ? <Alert type="info" showIcon title={t('deliveryStaff.editor.noLinkedProviders')} style={{ marginBottom: 12 }} /> : null}
          <Form.List name="providers">
            {(fields, { add, remove }) => {
              const columns: TableColumnsType<(typeof fields)[number]> = [
                {
                  key: 'provider',
                  title: t('deliveryStaff.editor.provider'),
                  render: (_, f) => (
                    <Form.Item
                      name={[f.name, 'providerSellerId']}
                      rules={[{ required: true, message: t('deliveryStaff.editor.providerRequired') }, uniqueProvider]}
                      style={{ margin: 0 }}
                    >
                      <Select
                        aria-label={t('deliveryStaff.editor.provider')}
                        placeholder={t('deliveryStaff.editor.providerPlaceholder')}
                        options={options}
                        style={{ width: 260 }}
                      />
                    </Form.Item>
                  ),
                },
                {
                  key: 'weight',
                  title: t('deliveryStaff.editor.weight'),
                  width: 120,
                  render: (_, f) => (
                    <Form.Item
                      name={[f.name, 'weight']}
                      rules={[{ required: true, message: t('deliveryStaff.editor.weightRange') }, int(1, 100, t('deliveryStaff.editor.weightRange'))]}
                      style={{ margin: 0 }}
                    >
                      <InputNumber aria-label={t('deliveryStaff.editor.weight')} precision={0} />
                    </Form.Item>
                  ),
                },
                {
                  key: 'maxOpen',
                  title: t('deliveryStaff.editor.maxOpen'),
                  width: 130,
                  render: (_, f) => (
                    <Form.Item
                      name={[f.name, 'maxOpen']}
                      rules={[{ required: true, message: t('deliveryStaff.editor.maxOpenRange') }, int(0, 10000, t('deliveryStaff.editor.maxOpenRange'))]}
                      style={{ margin: 0 }}
                    >
                      <InputNumber aria-label={t('deliveryStaff.editor.maxOpen')} precision={0} />
                    </Form.Item>
                  ),
                },
                { key: 'open', title: t('deliveryStaff.editor.open'), width: 90, render: (_, f) => liveOf(live, rows[f.name])?.open ?? 0 },
                {
                  key: 'spare',
                  title: t('deliveryStaff.editor.spare'),
                  width: 90,
                  render: (_, f) => {
                    const r = rows[f.name];
                    return Math.max(0, (r?.maxOpen ?? 0) - (liveOf(live, r)?.open ?? 0));
                  },
                },
                {
                  key: 'actions',
                  title: t('common.actions'),
                  width: 90,
                  render: (_, f) => (
                    <Button type="link" size="small" danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(f.name)}>
                      {t('deliveryStaff.editor.remove')}
                    </Button>
                  ),
                },
              ];
              return (
                <>
                  <Table
                    rowKey="key"
                    size="small"
                    columns={columns}
                    dataSource={fields}
                    pagination={false}
                    aria-label={t('deliveryStaff.editor.list')}
                    locale={{ emptyText: <Typography.Text type="secondary">{t('deliveryStaff.editor.selfByDefault')}</Typography.Text> }}
                  />
                  <Button
                    style={{ marginTop: 12 }}
                    icon={<PlusOutlined aria-hidden />}
                    disabled={fields.length >= 50}
                    onClick={() => add({ weight: 50, maxOpen: 10 })}
                  >
                    {t('deliveryStaff.editor.add')}
                  </Button>
                </>
              );
            }}
          </Form.List>
        </Form>
      )}
    </Drawer>
  );
}

function liveOf(live: Map<string, ProductProvider>, row: Row | undefined): ProductProvider | undefined {
  return row?.providerSellerId ? live.get(row.providerSellerId) : undefined;
}
