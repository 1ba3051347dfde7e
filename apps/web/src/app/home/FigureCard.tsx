import { Col, Statistic, theme } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { MutedText } from '../../shared/ui/text';
import { Panel } from '../../shared/ui/Panel';

interface FigureCardProps {
  label: string;
  value: number | string;
  /** the list this figure counts (none for a bare total) */
  to?: string;
  note?: ReactNode;
  /** shown as the label's tooltip, e.g. how a figure is defined */
  help?: string;
  /** draws the eye to work waiting (a non-zero queue) */
  alert?: boolean;
}

/** One figure of a home page: the whole card links to the list it counts. */
export function FigureCard({ label, value, to, note, help, alert }: FigureCardProps) {
  const { token } = theme.useToken();
  const card = (
    <Panel hoverable={Boolean(to)} style={{ height: '100%' }}>
      <Statistic
        title={
          <span title={help} style={{ whiteSpace: 'nowrap' }}>
            {label}
          </span>
        }
        value={value}
        styles={alert ? { content: { color: token.colorError } } : undefined}
      />
      {note ? <MutedText style={{ whiteSpace: 'nowrap' }}>{note}</MutedText> : null}
    </Panel>
  );
  return (
    <Col xs={24} sm={12} lg={8} xl={6}>
      {to ? (
        <Link to={to} style={{ display: 'block', height: '100%' }} data-testid="home-figure">
          {card}
        </Link>
      ) : (
        <div style={{ height: '100%' }} data-testid="home-figure">
          {card}
        </div>
      )}
    </Col>
  );
}
