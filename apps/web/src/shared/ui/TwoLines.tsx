import { Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * A table cell with its main value and a secondary one underneath (a time, a code, a struck
 * list price), so a list fits the page without columns hidden behind the fixed action column.
 */
export function TwoLines({ primary, secondary }: { primary: ReactNode; secondary?: ReactNode }) {
  return (
    <div style={{ lineHeight: 1.4, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
      <div style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{primary}</div>
      {secondary === null || secondary === undefined ? null : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {secondary}
        </Typography.Text>
      )}
    </div>
  );
}
