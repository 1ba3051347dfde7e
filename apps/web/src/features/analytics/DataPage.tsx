import { FolderOpenOutlined, DownloadOutlined } from '@ant-design/icons';
import { analyticsPeriods, type AnalyticsPeriod, type AnalyticsRange, type AnalyticsReport } from '@cloudmart/contracts';
import { Button, Card, DatePicker, Flex, Segmented, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useErrorReporter } from '../../shared/api/errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { MyDownloadsDrawer } from '../downloads/MyDownloadsDrawer';
import { periodStateFrom, useAnalyticsExport, type PeriodState } from './analytics.queries';
import { useFeedback } from '../../shared/ui/feedback';

interface DataPageProps {
  report: AnalyticsReport;
  /** the range the server answered for (shown, and the picker's value when the URL names no date) */
  range: AnalyticsRange | undefined;
  children: ReactNode;
}

/** The period (日/周/月) and date in the URL; other parameters (tab, page, q) are kept. */
export function usePeriodState(): [PeriodState, (next: PeriodState) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => periodStateFrom(params), [params]);
  const set = (next: PeriodState) =>
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      if (next.period === 'day') p.delete('period');
      else p.set('period', next.period);
      if (next.date) p.set('date', next.date);
      else p.delete('date');
      p.delete('page');
      return p;
    });
  return [state, set];
}

/** A 数据 page: title, the period switch with its date picker and range, 导出 and 我的下载. */
export function DataPage({ report, range, children }: DataPageProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report$ = useErrorReporter();
  const [state, setState] = usePeriodState();
  const [downloadsOpen, setDownloadsOpen] = useState(false);
  const exporter = useAnalyticsExport();
  const shown = state.date ?? range?.from;
  const startExport = () =>
    exporter.mutate(
      { report, period: state.period, ...(shown ? { date: shown } : {}) },
      {
        onSuccess: () => {
          void message.success(t('analytics.exportQueued'));
          setDownloadsOpen(true);
        },
        onError: (err) => report$(err),
      },
    );

  return (
    <>
      <PageHeader
        title={t(`analytics.titles.${report}`)}
        extra={
          <>
            <Button icon={<DownloadOutlined />} onClick={startExport} loading={exporter.isPending}>
              {t('analytics.export')}
            </Button>
            <Button icon={<FolderOpenOutlined />} onClick={() => setDownloadsOpen(true)}>
              {t('downloads.button')}
            </Button>
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} align="center" wrap>
          <Segmented<AnalyticsPeriod>
            aria-label={t('analytics.periodLabel')}
            value={state.period}
            onChange={(period) => setState({ period, date: state.date })}
            options={analyticsPeriods.map((p) => ({ value: p, label: t(`analytics.periods.${p}`) }))}
          />
          <DatePicker
            aria-label={t('analytics.dateLabel')}
            picker={state.period === 'month' ? 'month' : 'date'}
            allowClear={false}
            value={shown ? dayjs(shown) : null}
            onChange={(d) => {
              if (d) setState({ period: state.period, date: (state.period === 'month' ? d.startOf('month') : d).format('YYYY-MM-DD') });
            }}
          />
          {range ? (
            <Typography.Text type="secondary" data-testid="analytics-range">
              {range.from === range.to ? t('analytics.rangeDay', { from: range.from }) : t('analytics.range', { from: range.from, to: range.to })}
            </Typography.Text>
          ) : null}
        </Flex>
      </Card>
      {children}
      <MyDownloadsDrawer open={downloadsOpen} onClose={() => setDownloadsOpen(false)} />
    </>
  );
}
