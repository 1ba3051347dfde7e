import { Readable } from 'node:stream';
import { financeSummarySchema, sellerBalanceSchema, statementEntrySchema, statementQuery } from '@cloudmart/contracts';
import { sellerOf } from '../../platform/auth/actor.js';
import { pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { csvHeader } from '../../platform/http/csv.js';
import { STATEMENT_CSV_HEADER, statementCsvRow } from './ledger-csv.js';
import { exportStatement, financeSummary, sellerBalance, sellerStatement } from './ledger.reports.js';

const tags = ['finance'];

export function ledgerRoutes(app: App, deps: Deps): void {
  app.get(
    '/seller/finance/balance',
    {
      config: { auth: 'seller', permission: 'finance.view' },
      schema: { tags, summary: 'Frozen and available balances, this month’s settlements and commission', response: { 200: sellerBalanceSchema } },
    },
    async (req) => sellerBalance(deps, sellerOf(req.actor).sellerId),
  );

  app.get(
    '/seller/finance/statement',
    {
      config: { auth: 'seller', permission: 'finance.view' },
      schema: {
        tags,
        summary: 'Entries of the seller’s frozen and available accounts, newest first',
        querystring: statementQuery,
        response: { 200: pageSchema(statementEntrySchema) },
      },
    },
    async (req) => sellerStatement(deps, sellerOf(req.actor).sellerId, req.query),
  );

  app.get(
    '/seller/finance/statement.csv',
    {
      config: { auth: 'seller', permission: 'finance.view' },
      schema: { tags, summary: 'CSV export with the statement filters', querystring: statementQuery.omit({ page: true, pageSize: true }) },
    },
    async (req, reply) => {
      const { sellerId } = sellerOf(req.actor);
      const filters = req.query;
      async function* lines() {
        yield csvHeader(STATEMENT_CSV_HEADER);
        for await (const batch of exportStatement(deps.db, sellerId, filters)) yield batch.map(statementCsvRow).join('');
      }
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="statement-${deps.clock.now().toISOString().slice(0, 10)}.csv"`);
      return reply.send(Readable.from(lines()));
    },
  );

  app.get(
    '/operator/finance/summary',
    {
      config: { auth: 'operator' },
      schema: { tags: ['operator'], summary: 'Ledger totals and the global sum (must be 0)', response: { 200: financeSummarySchema } },
    },
    async () => financeSummary(deps),
  );
}
