import { Button, Flex, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/**
 * A product URL that leads nowhere (unknown code, draft or delisted product): say so and offer
 * the way on — the store's home and its search — instead of an error with a retry button.
 */
export function ProductNotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('store.productNotFound.title')}
      subTitle={t('store.productNotFound.subTitle')}
      extra={
        <Flex gap={8} justify="center" wrap>
          <Button type="primary" onClick={() => void navigate('/store')}>
            {t('store.productNotFound.backToStore')}
          </Button>
          <Button
            onClick={() => {
              void navigate('/store');
              // the search box sits in the store's top bar
              requestAnimationFrame(() => document.querySelector<HTMLInputElement>('header input')?.focus());
            }}
          >
            {t('store.productNotFound.search')}
          </Button>
        </Flex>
      }
    />
  );
}
