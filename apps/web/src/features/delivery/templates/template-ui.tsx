import { publishProblemSchema, type PublishProblem, type TemplateStatus } from '@cloudmart/contracts';
import { Empty, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isApiError } from '../../../shared/api/client';
import { errorMessage, useErrorReporter } from '../../../shared/api/errors';
import type { deliveryTemplatesZhCN } from './templates.zh-CN';
import { hasTranslation } from '../../../shared/i18n';
import { useFeedback } from '../../../shared/ui/feedback';

type TemplateErrorKey = keyof typeof deliveryTemplatesZhCN.errors;
function isTemplateErrorCode(code: string): code is TemplateErrorKey {
  return hasTranslation(`deliveryTemplates.errors.${code}`);
}

/** The template error codes first, then the app-wide ones. */
export function templateErrorMessage(t: TFunction, err: unknown): string {
  if (isApiError(err) && isTemplateErrorCode(err.code)) return t(`deliveryTemplates.errors.${err.code}`);
  return errorMessage(t, err);
}

/** Like useErrorReporter, but a template code is shown in the template wording. */
export function useTemplateReporter(): ReturnType<typeof useErrorReporter> {
  const report = useErrorReporter();
  const { message } = useFeedback();
  const { t } = useTranslation();
  return useCallback(
    (err, form, codeFields) => {
      if (isApiError(err) && isTemplateErrorCode(err.code) && !codeFields?.[err.code]) {
        void message.error(templateErrorMessage(t, err));
        return;
      }
      report(err, form, codeFields);
    },
    [message, report, t],
  );
}

const invalidExtras = z.object({ problems: z.array(publishProblemSchema) });

/** The broken publish rules of a 422 template_invalid reply; null for any other failure. */
export function publishProblemsOf(err: unknown): PublishProblem[] | null {
  if (!isApiError(err) || err.code !== 'template_invalid') return null;
  const parsed = invalidExtras.safeParse(err.problem);
  return parsed.success ? parsed.data.problems : [];
}

export function TemplateStatusTag({ status }: { status: TemplateStatus }) {
  const { t } = useTranslation();
  return <Tag color={status === 'published' ? 'green' : 'default'}>{t(`deliveryTemplates.statuses.${status}`)}</Tag>;
}

/** The empty text of a list: the load error when the last fetch failed. */
export function listEmpty(t: TFunction, error: unknown, emptyText: ReactNode): ReactNode {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={error ? templateErrorMessage(t, error) : emptyText} />;
}
