import type { downloadsZhCN } from './downloads.zh-CN';

/** en-US, typed against zh-CN: a missing or extra key does not compile. */
export const downloadsEnUS: typeof downloadsZhCN = {
  button: 'My downloads',
  title: 'My downloads',
  hint: 'Exports are built in the background and kept for 7 days.',
  queued: 'Export started; download it from My downloads once it is ready',
  empty: 'No exports yet. Use "Export list" on a list page to create one.',
  columns: { fileName: 'File', status: 'Status', rows: 'Rows', size: 'Size', createdAt: 'Exported at', expiresAt: 'Kept until', actions: 'Actions' },
  statuses: { pending: 'Building', ready: 'Ready', failed: 'Failed', expired: 'Expired' },
  download: 'Download',
  remove: 'Delete',
  removeConfirm: 'The file cannot be recovered once deleted. Delete it?',
  removed: 'Deleted',
  failedHint: 'The export failed; export again',
  refresh: 'Refresh',
  kinds: { 'delivery.projects': 'Delivery projects', 'analytics.report': 'Shop data' },
};
