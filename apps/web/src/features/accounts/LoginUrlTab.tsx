import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../shared/ui/CopyField';
import { LoadError, LoadingBlock } from '../../shared/ui/QueryStates';
import { useLoginUrl } from './accounts.queries';

export function LoginUrlTab() {
  const { t } = useTranslation();
  const url = useLoginUrl();
  if (url.isPending) return <LoadingBlock minHeight={120} />;
  if (url.isError) return <LoadError error={url.error} onRetry={() => void url.refetch()} />;
  return (
    <div style={{ maxWidth: 640 }}>
      <Typography.Paragraph type="secondary">{t('subAccounts.loginUrlIntro')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={t('subAccounts.loginUrl')} htmlFor="sub-account-login-url">
          <CopyField id="sub-account-login-url" value={url.data.url} />
        </Form.Item>
      </Form>
    </div>
  );
}
