import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveProductOptions } from '../live.queries';

/** 商品: "根据商品名称搜索，支持模糊搜索" over the seller's own products. */
export function ProductPicker({
  value,
  onChange,
  current,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  current: { id: string; name: string } | null;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useLiveProductOptions(q);
  const options = (found.data ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.code}）` }));
  if (current && !options.some((o) => o.value === current.id)) options.unshift({ value: current.id, label: current.name });
  return (
    <Select
      id="live_productId"
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      placeholder={t('live.form.productPlaceholder')}
      loading={found.isFetching}
      options={options}
    />
  );
}
