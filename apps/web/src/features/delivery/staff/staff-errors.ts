import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/client';
import { applyFormErrors, errorMessage, useErrorReporter } from '../../../shared/api/errors';
import type { deliveryStaffZhCN } from './staff.zh-CN';
import { hasTranslation } from '../../../shared/i18n';
import { useFeedback } from '../../../shared/ui/feedback';

export type StaffErrorKey = keyof typeof deliveryStaffZhCN.errors;

/**
 * Per call site, which wording a generic server code gets here: `conflict` on a leave is an
 * overlap (the server's own codes employee_busy, leave_over, department_cycle are keys here as well).
 */
export type StaffCodeWording = Partial<Record<string, StaffErrorKey>>;

function isStaffErrorKey(code: string): code is StaffErrorKey {
  return hasTranslation(`deliveryStaff.errors.${code}`);
}

/** The people-page wording first (own codes, then per-call wording), then the app-wide one. */
export function staffErrorMessage(t: TFunction, err: unknown, wording?: StaffCodeWording): string {
  if (isApiError(err)) {
    const key = wording?.[err.code] ?? (isStaffErrorKey(err.code) ? err.code : undefined);
    if (key) return t(`deliveryStaff.errors.${key}`);
  }
  return errorMessage(t, err);
}

export interface StaffReportOptions {
  form?: FormInstance;
  /** a code that belongs to one form item, e.g. `{ name_taken: 'name' }` */
  codeFields?: Partial<Record<string, string>>;
  wording?: StaffCodeWording;
}

/** Like useErrorReporter, but with the wording of these pages. */
export function useStaffReporter(): (err: unknown, opts?: StaffReportOptions) => void {
  const report = useErrorReporter();
  const { message } = useFeedback();
  const { t } = useTranslation();
  return useCallback(
    (err: unknown, opts: StaffReportOptions = {}) => {
      // field messages of a validation failure still land on their form items
      if (opts.form && applyFormErrors(opts.form, err, t)) return;
      const code = isApiError(err) ? err.code : undefined;
      const worded = code !== undefined && (opts.wording?.[code] !== undefined || isStaffErrorKey(code));
      if (!worded) {
        report(err, opts.form, opts.codeFields);
        return;
      }
      const field = opts.codeFields?.[code];
      if (opts.form && field) opts.form.setFields([{ name: field, errors: [staffErrorMessage(t, err, opts.wording)] }]);
      else void message.error(staffErrorMessage(t, err, opts.wording));
    },
    [message, report, t],
  );
}
