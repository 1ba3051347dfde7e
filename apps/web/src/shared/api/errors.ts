import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { hasTranslation, isKnownErrorCode, type Catalog } from '../i18n';
import { isApiError } from './client';
import { useFeedback } from '../ui/feedback';

type ValidationKey = keyof ReturnType<typeof validationKeys>;
function validationKeys() {
  // server (zod) messages from @cloudmart/contracts → catalog keys, so both languages read well
  return {
    'at least 8 characters': 'passwordLength',
    'at most 64 characters': 'passwordLength',
    'needs a letter': 'passwordLetter',
    'needs a digit': 'passwordDigit',
    'letters, digits, dot, dash and underscore only': 'charset',
    'not a phone number': 'phone',
    'digits only': 'digitsOnly',
    'Invalid email address': 'email',
    required: 'required',
    wrong: 'wrongPassword',
    'same as current': 'passwordSame',
  } as const;
}
const fieldMessageKeys: Readonly<Record<string, ReturnType<typeof validationKeys>[ValidationKey]>> = validationKeys();

/** A server or zod field message in the user's language (unknown ones are shown as sent). */
export function localiseFieldMessage(t: TFunction, message: string): string {
  const key = fieldMessageKeys[message];
  return key ? t(`validation.${key}`) : message;
}

/** The user-facing sentence for any failure: by problem `code`, never by server prose. */
export function errorMessage(t: TFunction, err: unknown): string {
  if (!isApiError(err)) return t('errors.unknown');
  const code = err.code;
  if (code === 'login_locked') {
    const seconds = err.problem.retryAfterSeconds ?? 60;
    return t('errors.login_locked', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  if (isDomainErrorCode(code)) return t(`domainErrors.${code}`);
  return isKnownErrorCode(code) ? t(`errors.${code}`) : t('errors.unknown');
}

/** A code the specific-error catalogue words (read from the loaded language, not the zh object). */
function isDomainErrorCode(code: string): code is keyof Catalog['domainErrors'] {
  return hasTranslation(`domainErrors.${code}`);
}

/**
 * Puts validation messages on the form items whose name is the last segment of the
 * failing field (`body.loginName` → `loginName`). Returns true when at least one landed.
 */
export function applyFormErrors(form: FormInstance, err: unknown, t: TFunction): boolean {
  if (!isApiError(err) || !err.problem.errors?.length) return false;
  // getFieldsValue() lists every registered item, also those still empty
  const registered: object = form.getFieldsValue();
  const known = new Set(Object.keys(registered));
  const byField = new Map<string, string[]>();
  for (const e of err.problem.errors) {
    const name = e.field
      .split('.')
      .filter((s) => !/^\d+$/.test(s))
      .at(-1);
    if (!name || !known.has(name)) continue;
    byField.set(name, [...(byField.get(name) ?? []), localiseFieldMessage(t, e.message)]);
  }
  if (byField.size === 0) return false;
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return true;
}

/** Codes that belong to one form item, e.g. `{ login_taken: 'loginName' }`. */
export type CodeFields = Partial<Record<string, string>>;

/**
 * `report(err, form?, codeFields?)`: field errors onto the form when they match (also a
 * conflict code mapped to an item, such as a taken name), otherwise a toast with the
 * localised code.
 */
export function useErrorReporter(): (err: unknown, form?: FormInstance, codeFields?: CodeFields) => void {
  const { message } = useFeedback();
  const { t } = useTranslation();
  return useCallback(
    (err: unknown, form?: FormInstance, codeFields?: CodeFields) => {
      // session interruptions navigate away on their own (see auth-events)
      if (isApiError(err) && (err.code === 'unauthenticated' || err.code === 'password_change_required')) return;
      if (form && applyFormErrors(form, err, t)) return;
      const field = isApiError(err) ? codeFields?.[err.code] : undefined;
      if (form && field) {
        form.setFields([{ name: field, errors: [errorMessage(t, err)] }]);
        return;
      }
      void message.error(errorMessage(t, err));
    },
    [message, t],
  );
}
