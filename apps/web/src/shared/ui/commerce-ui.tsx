import { Empty, type TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { errorMessage, useErrorReporter } from '../api/errors';
import type { commerceZhCN } from '../i18n/commerce.zh-CN';
import { hasTranslation } from '../i18n';
import type { ListState } from '../list-state';
import { useFeedback } from './feedback';

type CommerceErrorKey = keyof typeof commerceZhCN.errors;
function isCommerceErrorCode(code: string): code is CommerceErrorKey {
  return hasTranslation(`commerce.errors.${code}`);
}

/** The commerce modules' own error codes first, then the app-wide ones. */
export function commerceErrorMessage(t: TFunction, err: unknown): string {
  if (isApiError(err) && isCommerceErrorCode(err.code)) return t(`commerce.errors.${err.code}`);
  return errorMessage(t, err);
}

/** Like useErrorReporter, but a commerce error code is shown in the commerce wording. */
export function useCommerceReporter(): ReturnType<typeof useErrorReporter> {
  const report = useErrorReporter();
  const { message } = useFeedback();
  const { t } = useTranslation();
  return useCallback(
    (err, form, codeFields) => {
      if (isApiError(err) && isCommerceErrorCode(err.code) && !codeFields?.[err.code]) {
        void message.error(t(`commerce.errors.${err.code}`));
        return;
      }
      report(err, form, codeFields);
    },
    [message, report, t],
  );
}

/** The empty text of a list: the load error when the last fetch failed. */
export function listEmpty(t: TFunction, error: unknown, emptyText: ReactNode): ReactNode {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={error ? commerceErrorMessage(t, error) : emptyText} />;
}

export function listPagination<K extends string>(
  t: TFunction,
  state: ListState<K>,
  total: number | undefined,
  go: (next: ListState<K>) => void,
): TablePaginationConfig {
  return {
    current: state.page,
    pageSize: state.pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (n) => t('common.total', { total: n }),
    onChange: (page, pageSize) => go({ filters: state.filters, page: pageSize === state.pageSize ? page : 1, pageSize }),
  };
}
