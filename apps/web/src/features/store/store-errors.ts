import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/client';
import { errorMessage, useErrorReporter } from '../../shared/api/errors';
import type { storeZhCN } from './store.zh-CN';
import { hasTranslation } from '../../shared/i18n';
import { useFeedback } from '../../shared/ui/feedback';

type StoreErrorCode = keyof typeof storeZhCN.errors;

function isStoreErrorCode(code: string): code is StoreErrorCode {
  return hasTranslation(`store.errors.${code}`);
}

/** Ordering and payment codes the shared catalog does not (yet) translate, then the shared ones. */
export function storeErrorMessage(t: TFunction, err: unknown): string {
  if (isApiError(err) && isStoreErrorCode(err.code)) return t(`store.errors.${err.code}`);
  return errorMessage(t, err);
}

/** Like useErrorReporter, knowing the ordering codes too. */
export function useStoreErrorReporter(): (err: unknown, form?: FormInstance) => void {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  return useCallback(
    (err: unknown, form?: FormInstance) => {
      if (isApiError(err) && isStoreErrorCode(err.code)) {
        void message.error(t(`store.errors.${err.code}`));
        return;
      }
      report(err, form);
    },
    [message, report, t],
  );
}
