import { Select } from 'antd';
import { useEffect, useState, type CSSProperties } from 'react';
import { useOperatorSellers } from '../../accounts/operator/sellers.queries';

interface SellerPickerProps {
  id?: string;
  value?: string;
  onChange?: (sellerId: string | undefined) => void;
  placeholder: string;
  ariaLabel?: string;
  style?: CSSProperties;
}

/** Operator: pick a seller by name or code (searched on the server, 20 at a time). */
export function SellerPicker({ id, value, onChange, placeholder, ariaLabel, style }: SellerPickerProps) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState<string | undefined>(undefined);
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(typed.trim() || undefined), 250);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const sellers = useOperatorSellers({ q, page: 1, pageSize: 20 });
  // the picked seller keeps its name while another search runs
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const found = (sellers.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.code})` }));
  const options = picked && picked.value === value && !found.some((o) => o.value === picked.value) ? [picked, ...found] : found;
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={sellers.isFetching}
      value={value}
      onChange={(v: string | undefined) => {
        setPicked(found.find((o) => o.value === v) ?? null);
        onChange?.(v ?? undefined);
      }}
      placeholder={placeholder}
      options={options}
      style={style}
    />
  );
}
