import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  extra?: ReactNode;
  /** rendered above the title, e.g. a back link */
  before?: ReactNode;
}

/** The page title (an h1 for screen readers and tests) with actions on the right. */
export function PageHeader({ title, extra, before }: PageHeaderProps) {
  return (
    <div style={{ marginBottom: 16 }}>
      {before}
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {title}
        </Typography.Title>
        {extra ? <Flex gap={8}>{extra}</Flex> : null}
      </Flex>
    </div>
  );
}
