import type { FormRule } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

// The same limits as @cloudmart/contracts (accounts.ts), checked before a round trip.
const LOGIN_NAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]*$/;
const PHONE = /^\+?[0-9-]{6,20}$/;

/** Localised antd form rules; `required` uses antd's own per-label message ("请输入登录名"). */
export function useFormRules() {
  const { t } = useTranslation();
  return useMemo(() => {
    const required: FormRule = { required: true };
    const requiredTrimmed: FormRule = { required: true, whitespace: true };
    return {
      required,
      requiredTrimmed,
      loginName: [requiredTrimmed, { min: 3, max: 64, pattern: LOGIN_NAME, message: t('validation.loginName') }] satisfies FormRule[],
      password: [
        required,
        { min: 8, max: 64, message: t('validation.passwordLength') },
        { pattern: /[A-Za-z]/, message: t('validation.passwordLetter') },
        { pattern: /[0-9]/, message: t('validation.passwordDigit') },
      ] satisfies FormRule[],
      email: { type: 'email', message: t('validation.email') } satisfies FormRule,
      phone: { pattern: PHONE, message: t('validation.phone') } satisfies FormRule,
      subAccountName: [requiredTrimmed, { min: 2, max: 32, pattern: LOGIN_NAME, message: t('validation.subAccountName') }] satisfies FormRule[],
      maxLength: (max: number): FormRule => ({ max, message: t('validation.tooLong') }),
      /** the confirmation field must equal `field` */
      sameAs:
        (field: string): FormRule =>
        ({ getFieldValue }) => ({
          validator: (_rule, value: unknown) =>
            !value || getFieldValue(field) === value ? Promise.resolve() : Promise.reject(new Error(t('validation.passwordMismatch'))),
        }),
    };
  }, [t]);
}

/** '' → undefined, so optional fields are left out of a request body. */
export function blankToUndefined(v: string | undefined | null): string | undefined {
  const s = v?.trim();
  return s ? s : undefined;
}

/** '' → null, so a PATCH clears an optional field. */
export function blankToNull(v: string | undefined | null): string | null {
  const s = v?.trim();
  return s ? s : null;
}
