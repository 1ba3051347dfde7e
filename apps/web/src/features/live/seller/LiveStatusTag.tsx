import type { LiveReviewStatus } from '@cloudmart/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colours: Record<LiveReviewStatus, string> = { pending: 'processing', approved: 'success', rejected: 'error' };

export function LiveStatusTag({ status }: { status: LiveReviewStatus }) {
  const { t } = useTranslation();
  return <Tag color={colours[status]}>{t(`live.statuses.${status}`)}</Tag>;
}
