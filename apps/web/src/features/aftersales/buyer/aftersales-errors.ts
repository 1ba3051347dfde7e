import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isApiError } from '../../../shared/api/client';
import { errorMessage, useErrorReporter } from '../../../shared/api/errors';
import type { buyerAftersalesZhCN } from './buyer-aftersales.zh-CN';
import { hasTranslation } from '../../../shared/i18n';
import { useFeedback } from '../../../shared/ui/feedback';

type AftersalesErrorCode = keyof typeof buyerAftersalesZhCN.errors;

function isAftersalesErrorCode(code: string): code is AftersalesErrorCode {
  return hasTranslation(`buyerAftersales.errors.${code}`);
}

const windowDays = z.object({ refundWindowDays: z.number().int() });

/** After-sales codes in the buyer's words (the refund window carries its length), then the shared ones. */
export function aftersalesErrorMessage(t: TFunction, err: unknown): string {
  if (!isApiError(err) || !isAftersalesErrorCode(err.code)) return errorMessage(t, err);
  if (err.code === 'refund_window_closed') {
    const parsed = windowDays.safeParse(err.problem);
    return t('buyerAftersales.errors.refund_window_closed', { days: parsed.success ? parsed.data.refundWindowDays : '—' });
  }
  return t(`buyerAftersales.errors.${err.code}`);
}

/** A toast with the localised reason; validation errors land on the form when it is given. */
export function useAftersalesErrorReporter(): (err: unknown) => void {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  return useCallback(
    (err: unknown) => {
      if (isApiError(err) && isAftersalesErrorCode(err.code)) {
        void message.error(aftersalesErrorMessage(t, err));
        return;
      }
      report(err);
    },
    [message, report, t],
  );
}
