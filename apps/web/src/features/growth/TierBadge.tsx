import { TrophyOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTierBadge } from './growth.queries';

/** 超优品 / 优品 badge on the store product page ("超优品会在商品详情页显示超优品的等级标签"); nothing for other tiers. */
export function TierBadge({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const tier = useTierBadge(productId).data?.tier;
  if (tier !== 'excellent' && tier !== 'good') return null;
  return (
    <Tooltip title={t('growthBadge.hint')}>
      <Tag color={tier === 'excellent' ? 'gold' : 'green'} icon={<TrophyOutlined />} data-testid="tier-badge">
        {t(`growthBadge.${tier}`)}
      </Tag>
    </Tooltip>
  );
}
