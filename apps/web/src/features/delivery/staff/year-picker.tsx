import { Select } from 'antd';

/** A year switcher: the years that hold data, the shown one and its neighbours. */
export function YearPicker({ label, value, years, onChange }: { label: string; value: number; years: readonly number[]; onChange: (year: number) => void }) {
  const options = [...new Set([...years, value - 1, value, value + 1])].toSorted((a, b) => a - b).map((y) => ({ value: y, label: String(y) }));
  return <Select aria-label={label} style={{ width: 120 }} value={value} onChange={onChange} options={options} />;
}
