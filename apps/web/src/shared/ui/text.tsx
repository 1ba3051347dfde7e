import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * Text for the shells, home pages and load states: what they used of antd's Typography (secondary
 * and strong text, a heading) in the same colours and weights. Typography itself brings its
 * editable and copyable parts (Input, TextArea, Tooltip, four icons, ~15 KB gzip) into every
 * first load; pages keep using it.
 */
interface TextProps {
  children: ReactNode;
  style?: CSSProperties;
  className?: string;
}

/** Secondary text (Typography.Text type="secondary"). */
export function MutedText({ children, style, className }: TextProps) {
  const { token } = theme.useToken();
  return (
    <span className={className} style={{ color: token.colorTextDescription, ...style }}>
      {children}
    </span>
  );
}

/** Strong text (Typography.Text strong). */
export function StrongText({ children, style, className }: TextProps) {
  const { token } = theme.useToken();
  return (
    <span className={className} style={{ color: token.colorText, fontWeight: token.fontWeightStrong, ...style }}>
      {children}
    </span>
  );
}

const headingTokens = {
  1: ['fontSizeHeading1', 'lineHeightHeading1'],
  2: ['fontSizeHeading2', 'lineHeightHeading2'],
  3: ['fontSizeHeading3', 'lineHeightHeading3'],
  4: ['fontSizeHeading4', 'lineHeightHeading4'],
  5: ['fontSizeHeading5', 'lineHeightHeading5'],
} as const;

/** A heading (Typography.Title): h1–h5 with antd's heading size, weight and colour. */
export function Heading({ level, children, style }: TextProps & { level: 1 | 2 | 3 | 4 | 5 }) {
  const { token } = theme.useToken();
  const [size, height] = headingTokens[level];
  const Tag = `h${level}` as const;
  return (
    <Tag
      style={{
        color: token.colorTextHeading,
        fontWeight: token.fontWeightStrong,
        fontSize: token[size],
        lineHeight: token[height],
        marginTop: 0,
        marginBottom: '0.5em',
        ...style,
      }}
    >
      {children}
    </Tag>
  );
}
