import { page } from './lazy-page';

/**
 * The 403 and 404 pages, loaded when one is shown: their antd Result illustrations (~10 KB
 * gzip) stay out of every console's first load. Rendered inside a <Suspense>.
 */
export const ForbiddenPage = page<'Forbidden', { reason?: string }>(() => import('./Forbidden'), 'Forbidden');
export const NotFoundPage = page(() => import('./Forbidden'), 'NotFound');
