import { MessageOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { postDemandPath } from '../leads/buyer/demand-format';

/** 向TA提需求: 发布需求 directed to this shop (a visitor logs in first: the buyer console's guard). */
export function AskDemandButton({ sellerCode, size = 'middle' }: { sellerCode: string; size?: 'middle' | 'large' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tooltip title={t('store.shop.askDemandHint')}>
      <Button icon={<MessageOutlined />} size={size} onClick={() => void navigate(postDemandPath(sellerCode))}>
        {t('store.shop.askDemand')}
      </Button>
    </Tooltip>
  );
}
