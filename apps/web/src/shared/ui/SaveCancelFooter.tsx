import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

interface SaveCancelFooterProps {
  /** the save is in flight: cancel is disabled, save spins */
  pending?: boolean;
  /** save cannot be pressed yet (e.g. the form's data is still loading) */
  saveDisabled?: boolean;
  onCancel: () => void;
  onSave: () => void;
}

/** The footer of an editing drawer: 取消 and 保存, right-aligned. */
export function SaveCancelFooter({ pending = false, saveDisabled = false, onCancel, onSave }: SaveCancelFooterProps) {
  const { t } = useTranslation();
  return (
    <Flex justify="end" gap={8}>
      <Button onClick={onCancel} disabled={pending}>
        {t('common.cancel')}
      </Button>
      <Button type="primary" loading={pending} disabled={saveDisabled} onClick={onSave}>
        {t('common.save')}
      </Button>
    </Flex>
  );
}
