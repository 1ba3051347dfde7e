import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { projectErrorMessage } from '../projects/project-ui';
import { waitedKey, waitedParts } from './queue-format';

/** "已等待 2 天 3 小时". */
export function Waited({ ms }: { ms: number }) {
  const { t } = useTranslation();
  const parts = waitedParts(ms);
  return <>{t(`deliveryQueue.waited.${waitedKey(parts)}`, { ...parts })}</>;
}

/** A table's empty state: the load error in the project wording, or the list's own empty text. */
export function QueueEmpty({ error, text }: { error: unknown; text: string }) {
  const { t } = useTranslation();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={error ? projectErrorMessage(t, error) : text} />;
}
