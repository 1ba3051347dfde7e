import { downloadListQuery, downloadSchema } from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor } from '../auth/actor.js';
import { attachmentDisposition } from '../files/file-name.js';
import { pageSchema } from '../http/pagination.js';
import type { App, Deps } from '../module.js';
import { listDownloads, openDownload, removeDownload } from './downloads.service.js';

const tags = ['downloads'];
const params = z.object({ id: z.string().min(1).max(64) });
/** my own exports, whoever I am; the module that builds an export decides who may ask for it */
const user = { auth: 'user' } as const;

export function downloadsRoutes(app: App, deps: Deps): void {
  app.get(
    '/downloads',
    {
      config: user,
      schema: {
        tags,
        summary: 'My downloads (exports I asked for), newest first',
        querystring: downloadListQuery,
        response: { 200: pageSchema(downloadSchema) },
      },
    },
    async (req) => listDownloads(deps, requireActor(req.actor).userId, req.query),
  );
  app.get(
    '/downloads/:id/file',
    {
      config: user,
      schema: {
        tags,
        summary: 'Download a built export (CSV)',
        description: '409 download_not_ready while it is building or when it failed; 410 download_expired once its file is deleted.',
        params,
      },
    },
    async (req, reply) => {
      const file = await openDownload(deps, requireActor(req.actor).userId, req.params.id);
      if (file.size !== null) reply.header('content-length', file.size);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-cache')
        .send(file.body);
    },
  );
  app.delete('/downloads/:id', { config: user, schema: { tags, summary: 'Take an export off my list and delete its file', params } }, async (req, reply) => {
    await removeDownload(deps, requireActor(req.actor).userId, req.params.id);
    return reply.status(204).send();
  });
}
