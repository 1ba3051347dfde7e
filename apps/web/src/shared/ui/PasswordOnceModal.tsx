import { Alert, Button, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { CopyField } from './CopyField';

export interface OneTimePassword {
  reason: 'created' | 'reset';
  loginName: string;
  initialPassword: string;
}

/**
 * A generated password, shown exactly once: the server keeps only its hash, so closing this
 * dialog is final, and it closes only through its button. Sub-accounts and delivery
 * employees use it with their own title and warning.
 */
export function PasswordOnceModal({ value, title, warning, onClose }: { value: OneTimePassword | null; title: string; warning: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={value !== null}
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.passwordOnce.saved')}
        </Button>
      }
    >
      {value ? (
        <>
          <Alert type="warning" showIcon title={warning} style={{ marginBottom: 16 }} />
          <Form layout="vertical" component="div">
            <Form.Item label={t('common.passwordOnce.loginName')} htmlFor="generated-login-name">
              <CopyField id="generated-login-name" value={value.loginName} />
            </Form.Item>
            <Form.Item label={t('common.passwordOnce.password')} htmlFor="generated-password">
              <CopyField id="generated-password" value={value.initialPassword} monospace />
            </Form.Item>
            <Form.Item label={t('common.passwordOnce.copyBoth')} htmlFor="generated-credentials" style={{ marginBottom: 0 }}>
              <CopyField id="generated-credentials" value={t('common.passwordOnce.both', { login: value.loginName, password: value.initialPassword })} />
            </Form.Item>
          </Form>
        </>
      ) : null}
    </Modal>
  );
}
