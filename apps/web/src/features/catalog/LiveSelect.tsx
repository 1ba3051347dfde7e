import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { beijingText } from '../promotions/promotion-time';
import { useApprovedLiveOptions } from '../live/live.queries';

interface LiveSelectProps {
  value?: string | null;
  onChange?: (v: string | null) => void;
  disabled?: boolean;
  /** the product's saved live, kept as an option even when it is not in the list */
  current: string | null;
}

/** 商品直播ID (guide 2.11.4): one of the seller's approved lives, not free text. */
export function LiveSelect({ value, onChange, disabled, current }: LiveSelectProps) {
  const { t } = useTranslation();
  const lives = useApprovedLiveOptions();
  const options = (lives.data ?? []).map((l) => ({ value: l.id, label: `${l.name} · ${beijingText(l.startsAt, 16)}` }));
  if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: current });
  return (
    <Select
      id="productBasic_liveId"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      disabled={disabled}
      loading={lives.isFetching}
      placeholder={t('commerce.editor.livePlaceholder')}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={options}
      style={{ maxWidth: 480 }}
    />
  );
}
