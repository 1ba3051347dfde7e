import { auditEntrySchema, auditListQuery } from '@cloudmart/contracts';
import { requireActor } from '../auth/actor.js';
import { DomainError } from '../errors.js';
import { pageSchema } from '../http/pagination.js';
import type { App, Deps } from '../module.js';
import { listAuditEntries } from './audit.queries.js';

const tags = ['audit'];

export function auditRoutes(app: App, deps: Deps): void {
  app.get(
    '/seller/audit-log',
    {
      config: { auth: 'seller', permission: 'account.admin' },
      schema: {
        tags,
        summary: "操作日志: the organisation's sensitive actions, newest first (the main account only)",
        description: 'Sub-accounts, the account administrator among them, get 403 permission_denied: the log watches them too.',
        querystring: auditListQuery,
        response: { 200: pageSchema(auditEntrySchema) },
      },
    },
    async (req) => {
      const actor = requireActor(req.actor);
      if (!actor.isMain || !actor.sellerId) throw new DomainError('permission_denied', 'the main account only');
      return listAuditEntries(deps.db, { sellerId: actor.sellerId }, { ...req.query, sellerId: undefined });
    },
  );
  app.get(
    '/operator/audit-log',
    {
      config: { auth: 'operator' },
      schema: {
        tags,
        summary: "操作日志: every organisation's and the operators' sensitive actions",
        querystring: auditListQuery,
        response: { 200: pageSchema(auditEntrySchema) },
      },
    },
    async (req) => listAuditEntries(deps.db, { sellerId: null }, req.query),
  );
}
