import { EyeInvisibleOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import type { SellerProductDetail, Spec } from '@cloudmart/contracts';
import { Button, Card, Flex, Popconfirm, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listEmpty, useCommerceReporter } from '../../shared/ui/commerce-ui';
import { useSpecChange } from './products.queries';
import { SpecDrawer } from './SpecDrawer';
import { formatFen } from '../../shared/money';
import { useFeedback } from '../../shared/ui/feedback';

function pricingLines(s: Spec, t: TFunction): string[] {
  if (s.isTrial) return [t('commerce.specs.trialLine', { days: s.trialDays ?? 0 })];
  return [
    ...s.prices.map((p) => t('commerce.specs.priceLine', { duration: p.duration, unit: t(`commerce.specs.units.${p.unit}`), price: formatFen(p.priceFen) })),
    ...s.meters.map((m) => t('commerce.specs.meterLine', { dimension: m.dimension, price: formatFen(m.priceFen), per: m.per, unitLabel: m.unitLabel })),
  ];
}

/** The product's specs: add/edit in a drawer, hide (at least one stays visible), delete. */
export function SpecsCard({ product, editable }: { product: SellerProductDetail; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useCommerceReporter();
  const change = useSpecChange();
  const [editing, setEditing] = useState<Spec | null | undefined>(undefined);
  const specs = [...product.specs].sort((a, b) => a.sort - b.sort);

  const setHidden = (s: Spec, hidden: boolean) =>
    change.mutate(
      { op: 'visibility', productId: product.id, specId: s.id, hidden },
      { onSuccess: () => void message.success(t(hidden ? 'commerce.specs.hiddenDone' : 'commerce.specs.shownDone')), onError: (err) => report(err) },
    );
  const remove = (s: Spec) =>
    change.mutateAsync({ op: 'delete', productId: product.id, specId: s.id }).then(() => void message.success(t('common.deleted')), report);

  const columns: TableColumnsType<Spec> = [
    {
      key: 'name',
      title: t('commerce.specs.name'),
      width: 200,
      render: (_, s) => (
        <Flex gap={4} wrap align="center">
          <span>{s.name}</span>
          {s.isTrial ? <Tag color="geekblue">{t('commerce.specs.trial')}</Tag> : null}
          {s.hidden ? (
            <Tag icon={<EyeInvisibleOutlined />} color="default">
              {t('commerce.specs.hidden')}
            </Tag>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'pricing',
      title: product.billing === 'postpaid' ? t('commerce.specs.meters') : t('commerce.specs.prices'),
      render: (_, s) => (
        <Flex vertical>
          {pricingLines(s, t).map((line) => (
            <Typography.Text key={line}>{line}</Typography.Text>
          ))}
        </Flex>
      ),
    },
  ];
  if (editable) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 220,
      render: (_, s) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(s)}>
            {t('common.edit')}
          </Button>
          <Tooltip title={s.hidden ? undefined : t('commerce.specs.hideHelp')}>
            <Button
              type="link"
              size="small"
              icon={s.hidden ? <EyeOutlined /> : <EyeInvisibleOutlined />}
              loading={change.isPending && change.variables.op === 'visibility' && change.variables.specId === s.id}
              onClick={() => setHidden(s, !s.hidden)}
            >
              {s.hidden ? t('commerce.specs.show') : t('commerce.specs.hide')}
            </Button>
          </Tooltip>
          <Popconfirm
            title={t('commerce.specs.deleteConfirm', { name: s.name })}
            okButtonProps={{ danger: true }}
            okText={t('common.delete')}
            onConfirm={() => remove(s)}
          >
            <Button type="link" size="small" danger>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <Card
      id="specs"
      title={t('commerce.specs.title')}
      extra={
        editable ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('commerce.specs.add')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('commerce.specs.hideHelp')}</Typography.Paragraph>
      <Table<Spec>
        rowKey="id"
        columns={columns}
        dataSource={specs}
        pagination={false}
        size="middle"
        scroll={{ x: 'max-content' }}
        aria-label={t('commerce.specs.title')}
        locale={{ emptyText: listEmpty(t, null, t('commerce.specs.empty')) }}
      />
      <SpecDrawer productId={product.id} billing={product.billing} editing={editing} onClose={() => setEditing(undefined)} />
    </Card>
  );
}
