import { theme } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../shared/charts/EChart';
import { monthTrendOption } from './workbench-format';

/** Read by screen readers, not shown: the chart itself is an aria-hidden drawing. */
const visuallyHidden: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

/** 本年度月交付趋势: twelve bars, January first; the months' figures are also a list for screen readers. */
export function MonthTrend({ monthly }: { monthly: readonly number[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const option = useMemo(
    () =>
      monthTrendOption(monthly, {
        bar: token.colorPrimary,
        text: token.colorTextSecondary,
        axis: token.colorSplit,
        barLabel: (month, count) => t('deliveryWorkbench.employee.year.barLabel', { month, count }),
      }),
    [monthly, token.colorPrimary, token.colorTextSecondary, token.colorSplit, t],
  );
  return (
    <div style={{ position: 'relative' }}>
      <ul aria-label={t('deliveryWorkbench.employee.year.trend')} style={visuallyHidden}>
        {monthly.map((count, i) => (
          <li key={i}>{t('deliveryWorkbench.employee.year.barLabel', { month: i + 1, count })}</li>
        ))}
      </ul>
      <EChart option={option} height={136} />
    </div>
  );
}
