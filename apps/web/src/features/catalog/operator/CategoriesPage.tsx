import type { Category } from '@cloudmart/contracts';
import { Button, Card, InputNumber, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { listEmpty, useCommerceReporter } from '../../../shared/ui/commerce-ui';
import { bpToPercent, formatPercentBp, percentToBp } from '../../../shared/money';
import { useOperatorCategories, useUpdateCommission } from './operator.queries';
import { useFeedback } from '../../../shared/ui/feedback';

/** The contract's ceiling: updateCategoryBody takes 0–5000 bp. */
const MAX_PERCENT = 50;

function CommissionEditor({ category }: { category: Category }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useCommerceReporter();
  const update = useUpdateCommission();
  const [percent, setPercent] = useState<number | null>(bpToPercent(category.commissionBp));
  const bp = percent === null ? null : percentToBp(percent);
  const changed = bp !== null && bp !== category.commissionBp;

  const save = () => {
    if (bp === null) return;
    update.mutate(
      { id: category.id, commissionBp: bp },
      { onSuccess: () => void message.success(t('commerce.categories.saved')), onError: (err) => report(err) },
    );
  };

  return (
    <Space>
      <InputNumber<number>
        aria-label={`${t('commerce.categories.commission')} ${category.code}`}
        min={0}
        max={MAX_PERCENT}
        step={0.5}
        precision={2}
        suffix="%"
        value={percent}
        onChange={setPercent}
        onPressEnter={save}
        style={{ width: 130 }}
      />
      <Button type="primary" size="small" disabled={!changed} loading={update.isPending} onClick={save}>
        {t('common.save')}
      </Button>
    </Space>
  );
}

export function CategoriesPage() {
  const { t } = useTranslation();
  const categories = useOperatorCategories();
  const zh = currentLocale() === 'zh-CN';

  const columns: TableColumnsType<Category> = [
    { key: 'code', title: t('commerce.categories.code'), dataIndex: 'code', width: 160 },
    { key: 'name', title: t('commerce.categories.name'), width: 220, render: (_, c) => (zh ? c.nameZh : c.nameEn) },
    { key: 'current', title: t('commerce.categories.current'), width: 120, align: 'right', render: (_, c) => formatPercentBp(c.commissionBp) },
    { key: 'edit', title: t('commerce.categories.commission'), render: (_, c) => <CommissionEditor key={c.commissionBp} category={c} /> },
  ];

  return (
    <>
      <PageHeader title={t('commerce.categories.title')} />
      <Card>
        <Typography.Paragraph type="secondary">{t('commerce.categories.commissionHelp')}</Typography.Paragraph>
        <Table<Category>
          rowKey="id"
          columns={columns}
          dataSource={[...(categories.data ?? [])].sort((a, b) => a.sort - b.sort)}
          loading={categories.isFetching}
          pagination={false}
          size="middle"
          scroll={{ x: 'max-content' }}
          aria-label={t('commerce.categories.title')}
          locale={{ emptyText: listEmpty(t, categories.error, t('commerce.categories.empty')) }}
        />
      </Card>
    </>
  );
}
