import { filePurposeRuleSchema, fileUploadQuery, uploadedFileSchema } from '@cloudmart/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireActor } from '../auth/actor.js';
import { DomainError } from '../errors.js';
import type { App, Deps } from '../module.js';
import { attachmentDisposition } from './file-name.js';
import { listPurposeRules, openFile, uploadFile } from './files.service.js';

const tags = ['files'];

type FilePart = NonNullable<Awaited<ReturnType<FastifyRequest['file']>>>;

/**
 * The `purpose` form field, if it came before the file part. Fields after the file may or
 * may not have been parsed yet when the file starts streaming (it depends on how the bytes
 * arrive), so they are ignored always, not just sometimes. The parser adds fields in
 * arrival order, which tells before from after.
 */
function purposeBefore(part: FilePart): string | undefined {
  const names = Object.keys(part.fields);
  if (names.indexOf('purpose') === -1 || names.indexOf('purpose') > names.indexOf(part.fieldname)) return undefined;
  const field = part.fields['purpose'];
  const first = Array.isArray(field) ? field[0] : field;
  return first?.type === 'field' && typeof first.value === 'string' ? first.value : undefined;
}

export function filesRoutes(app: App, deps: Deps): void {
  app.get(
    '/files/purposes',
    {
      config: { auth: 'user' },
      schema: { tags, summary: 'What each upload purpose accepts (types and size)', response: { 200: z.array(filePurposeRuleSchema) } },
    },
    async () => listPurposeRules(),
  );

  app.post(
    '/files',
    {
      config: { auth: 'user' },
      schema: {
        tags,
        summary: 'Upload a file (multipart: a `purpose` field, then the `file` part)',
        description:
          'The type is decided by the content, never by the name or the declared MIME type. 413 file_too_large, 415 file_type_not_allowed, 400 unknown_file_purpose.',
        consumes: ['multipart/form-data'],
        querystring: fileUploadQuery,
        response: { 201: uploadedFileSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req.actor);
      if (!req.isMultipart()) throw new DomainError('unsupported_media_type', 'send multipart/form-data');
      const part = await req.file();
      if (!part) throw new DomainError('validation_failed', 'no file part in the form');
      const stored = await uploadFile(deps, actor, {
        purpose: req.query.purpose ?? purposeBefore(part),
        fileName: part.filename,
        body: part.file,
        truncated: () => part.file.truncated,
      });
      return reply.status(201).send(stored);
    },
  );

  app.get(
    '/files/:id',
    {
      // public: access rules decide (listed products' media are for everyone, the rest needs a session)
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'Download a file (as an attachment)',
        description: 'The uploader, accounts of the same seller and operators may read a file; other modules widen this. Anyone else gets 404.',
        params: z.object({ id: z.string().max(64) }),
      },
    },
    async (req, reply) => {
      const file = await openFile(deps, req.actor, req.params.id);
      return reply
        .header('content-type', file.mime)
        .header('content-length', file.size)
        .header('content-disposition', attachmentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-cache')
        .send(file.body);
    },
  );
}
