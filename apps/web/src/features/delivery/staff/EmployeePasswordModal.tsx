import { Alert, Button, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../../shared/ui/CopyField';

export interface EmployeePassword {
  reason: 'created' | 'reset';
  loginName: string;
  initialPassword: string;
}

/**
 * The generated 8-character password, shown exactly once (the server keeps only its hash):
 * the dialog closes only through its buttons.
 */
export function EmployeePasswordModal({ value, onClose }: { value: EmployeePassword | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={value !== null}
      title={value?.reason === 'reset' ? t('deliveryStaff.password.resetTitle') : t('deliveryStaff.password.createdTitle')}
      onCancel={onClose}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('deliveryStaff.password.done')}
        </Button>
      }
    >
      {value ? (
        <>
          <Alert type="warning" showIcon title={t('deliveryStaff.password.warning')} style={{ marginBottom: 16 }} />
          <Form layout="vertical" component="div">
            <Form.Item label={t('deliveryStaff.password.loginName')} htmlFor="employee-login-name">
              <CopyField id="employee-login-name" value={value.loginName} />
            </Form.Item>
            <Form.Item label={t('deliveryStaff.password.password')} htmlFor="employee-password">
              <CopyField id="employee-password" value={value.initialPassword} monospace />
            </Form.Item>
            <Form.Item label={t('deliveryStaff.password.copyBoth')} htmlFor="employee-credentials" style={{ marginBottom: 0 }}>
              <CopyField id="employee-credentials" value={t('deliveryStaff.password.both', { login: value.loginName, password: value.initialPassword })} />
            </Form.Item>
          </Form>
        </>
      ) : null}
    </Modal>
  );
}
