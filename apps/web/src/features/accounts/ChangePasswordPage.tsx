import { Alert, Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { landingPath } from '../../shared/portals';
import { useErrorReporter } from '../../shared/api/errors';
import { useFormRules } from '../../shared/ui/form-rules';
import { AuthLayout } from './AuthLayout';
import { useChangePassword, useCurrentUser, useLogout } from './auth.queries';
import { useFeedback } from '../../shared/ui/feedback';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Forced after a log-in with a generated password; also reachable from the account menu. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useCurrentUser();
  const rules = useFormRules();
  const report = useErrorReporter();
  const change = useChangePassword();
  const logout = useLogout();
  const [form] = Form.useForm<PasswordValues>();
  const forced = me.mustChangePassword;
  const target = landingPath(me, params.get('next'));

  const onFinish = (v: PasswordValues) => {
    change.mutate(
      { currentPassword: v.currentPassword, newPassword: v.newPassword },
      {
        onSuccess: () => {
          void message.success(t('auth.changePassword.done'));
          void navigate(target, { replace: true });
        },
        onError: (err) => report(err, form),
      },
    );
  };

  return (
    <AuthLayout title={t('auth.changePassword.title')}>
      {forced ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('auth.changePassword.forcedNotice')} /> : null}
      <Form<PasswordValues> form={form} name="changePassword" layout="vertical" onFinish={onFinish} disabled={change.isPending}>
        {/* lets password managers attach the new password to the right account */}
        <input type="text" name="username" autoComplete="username" value={me.loginName} readOnly hidden />
        <Form.Item name="currentPassword" label={t('auth.changePassword.currentPassword')} rules={[rules.required]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('auth.changePassword.newPassword')} rules={rules.password} extra={t('auth.signup.passwordHelp')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('auth.changePassword.confirmPassword')}
          dependencies={['newPassword']}
          rules={[rules.required, rules.sameAs('newPassword')]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Flex gap={8} vertical>
          <Button type="primary" htmlType="submit" block loading={change.isPending}>
            {t('auth.changePassword.submit')}
          </Button>
          {forced ? (
            // a forced change has no way back, only out
            <Button block type="link" onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })}>
              {t('header.logout')}
            </Button>
          ) : (
            <Button block onClick={() => void navigate(-1)}>
              {t('common.back')}
            </Button>
          )}
        </Flex>
      </Form>
    </AuthLayout>
  );
}
