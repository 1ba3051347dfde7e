import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTemplateReporter } from './template-ui';
import { useCopyTemplate } from './templates.queries';
import { useFeedback } from '../../../shared/ui/feedback';

export const editorPath = (id: string) => `/delivery/templates/${encodeURIComponent(id)}`;

/** Copy a public or own template into a new own draft, then open that draft in the editor. */
export function useCopyAndOpen() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const report = useTemplateReporter();
  const copy = useCopyTemplate();
  const run = (id: string) =>
    copy.mutate(id, {
      onSuccess: (draft) => {
        void message.success(t('deliveryTemplates.list.copied', { name: draft.name }));
        void navigate(editorPath(draft.id));
      },
      onError: (err) => report(err),
    });
  return { copy: run, copying: copy.isPending, copyingId: copy.isPending ? copy.variables : undefined };
}
