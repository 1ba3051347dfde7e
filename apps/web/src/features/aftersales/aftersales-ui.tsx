import { Empty } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/client';
import { errorMessage, useErrorReporter } from '../../shared/api/errors';
import type { aftersalesZhCN } from './aftersales.zh-CN';
import { hasTranslation } from '../../shared/i18n';
import { formatFen } from '../../shared/money';
import { useFeedback } from '../../shared/ui/feedback';

type AftersalesErrorKey = keyof typeof aftersalesZhCN.errors;
function isAftersalesErrorCode(code: string): code is AftersalesErrorKey {
  return hasTranslation(`aftersales.errors.${code}`);
}

/** The after-sales error codes first (with the refundable balance when the server names it), then the app-wide ones. */
export function aftersalesErrorMessage(t: TFunction, err: unknown): string {
  if (!isApiError(err) || !isAftersalesErrorCode(err.code)) return errorMessage(t, err);
  const refundable = err.problem['refundableFen'];
  if (err.code === 'refund_exceeds_balance' && typeof refundable === 'number') {
    return t('aftersales.errors.refund_exceeds_balance_with', { amount: formatFen(refundable) });
  }
  return t(`aftersales.errors.${err.code}`);
}

/** Like useErrorReporter, but an after-sales code is shown in the after-sales wording. */
export function useAftersalesReporter(): ReturnType<typeof useErrorReporter> {
  const report = useErrorReporter();
  const { message } = useFeedback();
  const { t } = useTranslation();
  return useCallback(
    (err, form, codeFields) => {
      if (isApiError(err) && isAftersalesErrorCode(err.code)) {
        const field = codeFields?.[err.code];
        if (form && field) form.setFields([{ name: field, errors: [aftersalesErrorMessage(t, err)] }]);
        else void message.error(aftersalesErrorMessage(t, err));
        return;
      }
      report(err, form, codeFields);
    },
    [message, report, t],
  );
}

/** The empty text of a list: the load error when the last fetch failed. */
export function listEmpty(t: TFunction, error: unknown, emptyText: ReactNode): ReactNode {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={error ? aftersalesErrorMessage(t, error) : emptyText} />;
}
