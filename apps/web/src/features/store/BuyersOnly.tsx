import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Checkout and payment are for buyers: a seller or operator who lands there is told so. */
export function BuyersOnly() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('store.checkout.buyersOnly')}
      subTitle={t('store.checkout.buyersOnlyHint')}
      extra={<Button onClick={() => void navigate('/store')}>{t('store.backToStore')}</Button>}
    />
  );
}
