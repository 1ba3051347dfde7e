import { z } from 'zod';

/**
 * 我的下载: an export is asked for, built in the background into a file, kept for a while
 * and downloaded from the user's list. pending → ready | failed; ready | failed → expired.
 */
export const downloadStatuses = ['pending', 'ready', 'failed', 'expired'] as const;
export type DownloadStatus = (typeof downloadStatuses)[number];

/** The exports a user may ask for; each module registers the one it owns. */
export const downloadKinds = ['delivery.projects', 'analytics.report'] as const;
export type DownloadKind = (typeof downloadKinds)[number];

export const downloadSchema = z.object({
  id: z.string(),
  kind: z.enum(downloadKinds),
  fileName: z.string(),
  status: z.enum(downloadStatuses),
  /** data rows in the file (the header not counted), once ready */
  rows: z.number().int().nullable(),
  size: z.number().int().nullable(),
  /** why it failed, in words for a log, not for the UI (the UI shows its own text) */
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** when the file is deleted; set once it is built */
  expiresAt: z.string().nullable(),
});
export type Download = z.infer<typeof downloadSchema>;

export const downloadListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type DownloadListQuery = z.infer<typeof downloadListQuery>;
