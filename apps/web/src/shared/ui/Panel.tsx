import { theme } from 'antd';
import { useState, type CSSProperties, type ReactNode } from 'react';

/**
 * A bordered box with an optional title, as antd's small Card draws it, for the home pages. Card
 * always brings Tabs along (its tab list), ~13 KB gzip in every console's first load; pages other
 * than the homes keep using Card.
 */
export function Panel({
  title,
  hoverable,
  children,
  style,
}: {
  title?: ReactNode;
  /** lifts on hover: the whole panel is a link */
  hoverable?: boolean;
  children: ReactNode;
  style?: CSSProperties;
}) {
  const { token } = theme.useToken();
  const [hover, setHover] = useState(false);
  return (
    <section
      onMouseEnter={hoverable ? () => setHover(true) : undefined}
      onMouseLeave={hoverable ? () => setHover(false) : undefined}
      style={{
        background: token.colorBgContainer,
        border: `${token.lineWidth}px ${token.lineType} ${hover ? 'transparent' : token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        color: token.colorText,
        cursor: hoverable ? 'pointer' : undefined,
        boxShadow: hover ? token.boxShadowTertiary : undefined,
        transition: `box-shadow ${token.motionDurationMid}, border-color ${token.motionDurationMid}`,
        ...style,
      }}
    >
      {title ? (
        <header
          style={{
            minHeight: 38,
            display: 'flex',
            alignItems: 'center',
            padding: `0 ${token.paddingSM}px`,
            borderBottom: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
            fontWeight: token.fontWeightStrong,
            color: token.colorTextHeading,
          }}
        >
          {title}
        </header>
      ) : null}
      <div style={{ padding: token.paddingSM }}>{children}</div>
    </section>
  );
}
