import { listingProblems, type ListingReviewStatus, type ProductStatus } from '@cloudmart/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isApiError } from '../../shared/api/client';

const statusColor: Record<ProductStatus, string> = { draft: 'default', listed: 'green', delisted: 'red' };
const reviewColor: Record<ListingReviewStatus, string> = { none: 'default', pending: 'processing', approved: 'success', rejected: 'error' };

export function ProductStatusTag({ status }: { status: ProductStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColor[status]} variant="filled">
      {t(`commerce.products.statuses.${status}`)}
    </Tag>
  );
}

export function ReviewStatusTag({ status }: { status: ListingReviewStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={reviewColor[status]} variant="outlined">
      {t(`commerce.products.reviews.${status}`)}
    </Tag>
  );
}

const problemsSchema = z.array(z.string());
const knownProblems: readonly string[] = listingProblems;

/** The `problems` of a listing_incomplete error, known ones as listingProblems keys. */
export function listingProblemsOf(err: unknown): { known: (typeof listingProblems)[number][]; other: string[] } | null {
  if (!isApiError(err) || err.code !== 'listing_incomplete') return null;
  const parsed = problemsSchema.safeParse(err.problem['problems']);
  const all = parsed.success ? parsed.data : [];
  return {
    known: listingProblems.filter((p) => all.includes(p)),
    other: all.filter((p) => !knownProblems.includes(p)),
  };
}

/** Where buyers see the product (hidden products too, by this preview link). */
export function previewPath(code: string): string {
  return `/store/products/${encodeURIComponent(code)}`;
}
