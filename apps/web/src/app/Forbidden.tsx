import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../features/accounts/auth.queries';
import { homePortalOf } from '../shared/portals';

function GoHomeButton() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => void navigate(me ? homePortalOf(me).base : '/')}>
      {t('forbidden.goHome')}
    </Button>
  );
}

/** 403: shown in place of a page the user may not open (the menu hides it already). */
export function Forbidden({ reason }: { reason?: string }) {
  const { t } = useTranslation();
  return <Result status="403" title={t('forbidden.title')} subTitle={reason ?? t('forbidden.subTitle')} extra={<GoHomeButton />} />;
}

export function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title={t('notFound.title')} subTitle={t('notFound.subTitle')} extra={<GoHomeButton />} />;
}
