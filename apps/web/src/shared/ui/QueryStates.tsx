import { ExclamationCircleFilled } from '@ant-design/icons';
import { Button, Flex, Spin, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';
import { Heading, MutedText } from './text';

export function LoadingBlock({ minHeight = 240 }: { minHeight?: number | string }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight }} role="status" aria-live="polite">
      <Spin description={t('app.loading')} />
    </Flex>
  );
}

/**
 * A failed load, with the localised reason and a retry button. Drawn from core pieces rather
 * than antd's Result, whose bundled illustrations would ride along in every first load.
 */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Flex vertical align="center" gap={12} style={{ padding: '48px 32px', textAlign: 'center' }} role="alert">
      <ExclamationCircleFilled style={{ fontSize: 64, color: token.colorWarning }} />
      <Heading level={4} style={{ margin: 0 }}>
        {t('common.loadFailed')}
      </Heading>
      <MutedText>{errorMessage(t, error)}</MutedText>
      {onRetry ? (
        <Button type="primary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Flex>
  );
}
