import { Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { addableTypes, leafTypes, type AddableType } from './template-doc';

interface AddNodePickerProps {
  open: boolean;
  /** inside a container: containers cannot nest */
  childOnly: boolean;
  onPick: (type: AddableType) => void;
  onClose: () => void;
}

/** 添加节点: the node types that may go here; picking one opens its form. */
export function AddNodePicker({ open, childOnly, onPick, onClose }: AddNodePickerProps) {
  const { t } = useTranslation();
  const types = childOnly ? leafTypes : addableTypes;
  return (
    <Modal
      title={childOnly ? t('deliveryTemplates.chain.pickerChild') : t('deliveryTemplates.chain.picker')}
      open={open}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.cancel')}</Button>}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('deliveryTemplates.chain.pickerHint')}</Typography.Paragraph>
      <Flex wrap gap={8}>
        {types.map((type) => (
          <Button key={type} onClick={() => onPick(type)} style={{ minWidth: 140 }}>
            {t(`delivery.nodeTypes.${type}`)}
          </Button>
        ))}
      </Flex>
    </Modal>
  );
}
