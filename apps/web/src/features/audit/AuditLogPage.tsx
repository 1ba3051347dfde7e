import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/ui/PageHeader';
import { AuditLogTable } from './AuditLogTable';

/** 账号 > 操作日志: the organisation's sensitive actions, for the main account. */
export function AuditLogPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('audit.title')} />
      <AuditLogTable audience="seller" />
    </>
  );
}
