import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { barHeights } from './workbench-format';

const BAR_AREA = 96;

/** 本年度月交付趋势: twelve plain bars, January first, each labelled for screen readers. */
export function MonthTrend({ monthly }: { monthly: readonly number[] }) {
  const { t } = useTranslation();
  const heights = barHeights(monthly);
  return (
    <Flex gap={4} align="flex-end" role="list" aria-label={t('deliveryWorkbench.employee.year.trend')}>
      {monthly.map((count, i) => {
        const month = i + 1;
        return (
          <Flex
            key={month}
            vertical
            align="center"
            style={{ flex: 1, minWidth: 0 }}
            role="listitem"
            aria-label={t('deliveryWorkbench.employee.year.barLabel', { month, count })}
          >
            <Typography.Text type="secondary" style={{ fontSize: 11 }}>
              {count || ''}
            </Typography.Text>
            <div style={{ height: BAR_AREA, width: '100%', display: 'flex', alignItems: 'flex-end' }}>
              <div style={{ width: '100%', height: `${heights[i] ?? 0}%`, background: 'var(--ant-color-primary, #1677ff)', borderRadius: 2 }} />
            </div>
            {/* the month number only: twelve "10月" labels do not fit a narrow card (the bar's aria-label says it all) */}
            <Typography.Text type="secondary" style={{ fontSize: 11, whiteSpace: 'nowrap' }} aria-hidden>
              {month}
            </Typography.Text>
          </Flex>
        );
      })}
    </Flex>
  );
}
