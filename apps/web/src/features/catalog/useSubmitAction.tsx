import { useTranslation } from 'react-i18next';
import { useCommerceReporter } from '../../shared/ui/commerce-ui';
import { listingProblemsOf } from './product-labels';
import { useSubmitProduct } from './products.queries';
import { useFeedback } from '../../shared/ui/feedback';

/** Submit for review; a listing_incomplete answer lists what to complete in a dialog. */
export function useSubmitAction(): { submit: (id: string) => Promise<void>; pending: boolean } {
  const { t } = useTranslation();
  const { message, modal } = useFeedback();
  const report = useCommerceReporter();
  const mutation = useSubmitProduct();
  const submit = (id: string) =>
    mutation.mutateAsync(id).then(
      () => void message.success(t('commerce.products.submitted')),
      (err: unknown) => {
        const problems = listingProblemsOf(err);
        if (!problems) return report(err);
        void modal.warning({
          title: t('commerce.errors.listing_incomplete'),
          content: (
            <>
              <p>{t('commerce.products.submitProblems')}</p>
              <ul style={{ paddingInlineStart: 20, margin: 0 }}>
                {problems.known.map((p) => (
                  <li key={p}>{t(`commerce.listingProblems.${p}`)}</li>
                ))}
                {problems.other.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          ),
        });
      },
    );
  return { submit, pending: mutation.isPending };
}
