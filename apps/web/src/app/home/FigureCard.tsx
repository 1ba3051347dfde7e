import { Card, Col, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface FigureCardProps {
  label: string;
  value: number | string;
  /** the list this figure counts */
  to: string;
  note?: ReactNode;
  /** shown as the label's tooltip, e.g. how a figure is defined */
  help?: string;
  /** draws the eye to work waiting (a non-zero queue) */
  alert?: boolean;
}

/** One figure of a home page: the whole card links to the list it counts. */
export function FigureCard({ label, value, to, note, help, alert }: FigureCardProps) {
  return (
    <Col xs={24} sm={12} lg={8} xl={6}>
      <Link to={to} style={{ display: 'block', height: '100%' }} data-testid="home-figure">
        <Card hoverable size="small" style={{ height: '100%' }}>
          <Statistic
            title={
              <span title={help} style={{ whiteSpace: 'nowrap' }}>
                {label}
              </span>
            }
            value={value}
            valueStyle={alert ? { color: '#cf1322' } : undefined}
          />
          {note ? (
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {note}
            </Typography.Text>
          ) : null}
        </Card>
      </Link>
    </Col>
  );
}
