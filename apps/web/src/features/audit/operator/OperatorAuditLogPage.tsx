import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { AuditLogTable } from '../AuditLogTable';

/** 操作日志 in the operator console: every organisation's and the operators' sensitive actions. */
export function OperatorAuditLogPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('audit.title')} />
      <AuditLogTable audience="operator" />
    </>
  );
}
