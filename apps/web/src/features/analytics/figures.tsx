import { QuestionCircleOutlined } from '@ant-design/icons';
import type { Metric } from '@cloudmart/contracts';
import { Card, Col, Empty, Flex, Row, Tooltip, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatChange, formatFigure, type FigureKind } from './analytics-format';
import type { analyticsZhCN } from './analytics.zh-CN';

export type FigureName = keyof typeof analyticsZhCN.figures;

/** A label with its definition (worded as the guide words it) in a tooltip. */
export function Defined({ label, help }: { label: string; help: string }) {
  return (
    <Flex gap={4} align="center" style={{ whiteSpace: 'nowrap' }}>
      <span>{label}</span>
      <Tooltip title={help}>
        <QuestionCircleOutlined aria-label={help} role="img" style={{ color: 'rgba(0,0,0,0.45)', cursor: 'help' }} tabIndex={0} />
      </Tooltip>
    </Flex>
  );
}

/** A figure's value in its unit (seconds get the language's unit). */
export function useFigureText() {
  const { t } = useTranslation();
  return (kind: FigureKind, value: number | null | undefined) => {
    const text = formatFigure(kind, value);
    return kind === 'seconds' && text !== '—' ? t('analytics.seconds', { value: text }) : text;
  };
}

export interface FigureDef {
  /** key under analytics.figures */
  name: FigureName;
  kind: FigureKind;
  metric: Metric;
  lowerIsBetter?: boolean;
}

/** One figure: label with definition, value, and 环比 coloured by whether the move is good news. */
export function FigureCard({ name, kind, metric, lowerIsBetter }: FigureDef) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const text = useFigureText();
  const figure = name;
  const change = formatChange(metric.change, lowerIsBetter);
  const color = change.good === null ? token.colorTextSecondary : change.good ? token.colorSuccess : token.colorError;
  const arrow = change.direction === 'up' ? '▲ ' : change.direction === 'down' ? '▼ ' : '';
  const changeLabel =
    change.direction === 'up' || change.direction === 'down'
      ? t(`analytics.${change.direction}`, { value: change.text.replace(/^[+-]/, '') })
      : change.direction === 'flat'
        ? t('analytics.flat')
        : t('analytics.changeNone');
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={`figure-${name}`}>
      <Typography.Text type="secondary">
        <Defined label={t(`analytics.figures.${figure}.label`)} help={t(`analytics.figures.${figure}.help`)} />
      </Typography.Text>
      <div style={{ fontSize: 24, fontWeight: 600, margin: '4px 0', whiteSpace: 'nowrap' }} data-testid="figure-value">
        {text(kind, metric.value)}
      </div>
      <Flex gap={8} wrap style={{ fontSize: 12 }}>
        <span style={{ color, whiteSpace: 'nowrap' }} aria-label={changeLabel} data-testid="figure-change">
          {t('analytics.change')} {arrow}
          {change.text}
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {t('analytics.previous', { value: text(kind, metric.previous) })}
        </Typography.Text>
      </Flex>
    </Card>
  );
}

/** A row of figure cards. */
export function FigureGrid({ figures }: { figures: readonly FigureDef[] }) {
  return (
    <Row gutter={[12, 12]}>
      {figures.map((f) => (
        <Col key={f.name} xs={24} sm={12} lg={8} xl={6}>
          <FigureCard {...f} />
        </Col>
      ))}
    </Row>
  );
}

/** A titled block of a 数据 page; the title carries its definition when the guide gives one. */
export function Section({ title, help, children, extra, testId }: { title: string; help?: string; children: ReactNode; extra?: ReactNode; testId?: string }) {
  return (
    <Card size="small" title={help ? <Defined label={title} help={help} /> : title} extra={extra} style={{ marginBottom: 16 }} data-testid={testId}>
      {children}
    </Card>
  );
}

/** The period has nothing yet. */
export function NoData() {
  const { t } = useTranslation();
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Flex vertical>
          {t('analytics.noData')}
          <Typography.Text type="secondary">{t('analytics.noDataHint')}</Typography.Text>
        </Flex>
      }
    />
  );
}
