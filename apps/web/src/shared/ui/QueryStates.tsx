import { Button, Flex, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';

export function LoadingBlock({ minHeight = 240 }: { minHeight?: number | string }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight }} role="status" aria-live="polite">
      <Spin description={t('app.loading')} />
    </Flex>
  );
}

/** A failed load, with the localised reason and a retry button. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('common.loadFailed')}
      subTitle={errorMessage(t, error)}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null
      }
    />
  );
}
