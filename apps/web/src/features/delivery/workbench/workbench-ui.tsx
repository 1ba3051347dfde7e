import type { WorkbenchProjectLink, WorkbenchReview } from '@cloudmart/contracts';
import { Empty, Rate, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/ui/format';

/* Small pieces both workbenches show. */

export const projectLink = (id: string) => `/delivery/projects/${encodeURIComponent(id)}`;

/** A percentage from the server (one decimal), or the placeholder when there was nothing to divide. */
export function useRate(): (value: number | null) => string {
  const { t } = useTranslation();
  return (value) => (value === null ? t('common.none') : t('deliveryWorkbench.rate', { value }));
}

export function NoData({ text }: { text: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;
}

/** A plain list with separators (antd's List is deprecated in antd 6). */
export function PlainList<T>({
  items,
  label,
  keyOf,
  render,
}: {
  items: readonly T[];
  label: string;
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
}) {
  return (
    <ul aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item, i) => (
        <li key={keyOf(item)} style={{ padding: '8px 0', borderTop: i === 0 ? undefined : '1px solid var(--ant-color-split, #f0f0f0)' }}>
          {render(item)}
        </li>
      ))}
    </ul>
  );
}

/** Overdue or paused projects, each linking to its detail page. */
export function ProjectLinkList({ items, empty, sinceLabel, label }: { items: WorkbenchProjectLink[]; empty: string; sinceLabel: string; label: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <NoData text={empty} />;
  return (
    <PlainList
      items={items}
      label={label}
      keyOf={(p) => p.id}
      render={(p) => (
        <Space vertical size={0}>
          <Link to={projectLink(p.id)}>{p.orderNo}</Link>
          <Typography.Text type="secondary">
            {p.productName} · {p.currentNodeName ?? p.currentNodeId ?? t('common.none')}
          </Typography.Text>
          <Typography.Text type="secondary">
            {sinceLabel} {formatDateTime(p.since)}
          </Typography.Text>
        </Space>
      )}
    />
  );
}

/** A review: the three ratings' average as stars and a number, the comment, when, and the project. */
export function ReviewList({ items, empty, label }: { items: WorkbenchReview[]; empty: string; label: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <NoData text={empty} />;
  return (
    <PlainList
      items={items}
      label={label}
      keyOf={(r) => `${r.projectId}-${r.createdAt}`}
      render={(r) => (
        <Space vertical size={2} style={{ width: '100%' }}>
          <Space wrap>
            <Rate disabled allowHalf value={Math.round(r.score * 2) / 2} style={{ fontSize: 14 }} />
            <Typography.Text strong>{t('deliveryWorkbench.employee.reviews.score', { score: r.score.toFixed(1) })}</Typography.Text>
            <Typography.Text type="secondary">{t('deliveryWorkbench.ratings', { quality: r.quality, attitude: r.attitude, speed: r.speed })}</Typography.Text>
            <Typography.Text type="secondary">{formatDateTime(r.createdAt)}</Typography.Text>
          </Space>
          <Typography.Paragraph style={{ margin: 0 }} type={r.comment ? undefined : 'secondary'}>
            {r.comment ?? t('deliveryWorkbench.employee.reviews.noComment')}
          </Typography.Paragraph>
          <Typography.Text type="secondary">
            <Link to={projectLink(r.projectId)}>{r.orderNo}</Link> · {r.productName}
          </Typography.Text>
        </Space>
      )}
    />
  );
}
