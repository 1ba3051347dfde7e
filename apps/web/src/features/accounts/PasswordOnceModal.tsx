import type { SubAccount } from '@cloudmart/contracts';
import { Alert, Button, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../shared/ui/CopyField';

export interface GeneratedPassword {
  reason: 'created' | 'reset';
  subAccount: SubAccount;
  initialPassword: string;
}

/**
 * The generated password, shown exactly once: the server keeps only its hash, so closing
 * this dialog is final. The dialog closes only through its buttons.
 */
export function PasswordOnceModal({ value, onClose }: { value: GeneratedPassword | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={value !== null}
      title={value?.reason === 'reset' ? t('subAccounts.passwordTitleReset') : t('subAccounts.passwordTitleCreated')}
      onCancel={onClose}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('subAccounts.passwordSaved')}
        </Button>
      }
    >
      {value ? (
        <>
          <Alert type="warning" showIcon title={t('subAccounts.passwordWarning')} style={{ marginBottom: 16 }} />
          <Form layout="vertical" component="div">
            <Form.Item label={t('subAccounts.loginName')} htmlFor="generated-login-name">
              <CopyField id="generated-login-name" value={value.subAccount.loginName} />
            </Form.Item>
            <Form.Item label={t('subAccounts.initialPassword')} htmlFor="generated-password" style={{ marginBottom: 0 }}>
              <CopyField id="generated-password" value={value.initialPassword} monospace />
            </Form.Item>
          </Form>
        </>
      ) : null}
    </Modal>
  );
}
