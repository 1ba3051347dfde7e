import type { DemandStatus } from '@cloudmart/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { demandStatusColor } from './demand-format';

export function DemandStatusTag({ status }: { status: DemandStatus }) {
  const { t } = useTranslation();
  return <Tag color={demandStatusColor[status]}>{t(`leadsBuyer.statuses.${status}`)}</Tag>;
}
