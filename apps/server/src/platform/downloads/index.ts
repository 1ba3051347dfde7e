import { z } from 'zod';
import type { ModuleDef } from '../module.js';
import { downloadsRoutes } from './downloads.routes.js';
import { buildDownload, DOWNLOAD_REQUESTED, expireDownloads } from './downloads.service.js';
import { HOUR } from '../clock.js';

export { csvOf, registerExport, type ExportDefinition } from './export-kinds.js';
export { requestDownload } from './downloads.service.js';
export { downloads } from './downloads.tables.js';

const requestedPayload = z.object({ id: z.string() });

/** 我的下载: exports are built in the background, listed per user, kept KEEP_DAYS, then deleted (the files module's outbox handler deletes the bytes). */
export const downloadsModule: ModuleDef = {
  name: 'downloads',
  routes: downloadsRoutes,
  sweeps: () => [{ name: 'downloads.expire', intervalMs: HOUR, run: ({ tx, now }) => expireDownloads(tx, now) }],
  handlers: (outbox, deps) => {
    outbox.on(DOWNLOAD_REQUESTED, 'downloads.build', (e) => buildDownload(deps, requestedPayload.parse(e.payload).id));
  },
};
