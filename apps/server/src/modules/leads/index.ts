import type { ModuleDef } from '../../platform/module.js';
import { demandsRoutes } from './demands.routes.js';
import { leadSweeps } from './leads.jobs.js';
import { leadsRoutes } from './leads.routes.js';
import { proposalHandlers } from './proposals.handlers.js';
import { proposalsRoutes } from './proposals.routes.js';

export { demands, leads, leadGrabs, leadNotes, leadLogs, leadMessages, proposals, proposalQuotes } from './leads.tables.js';
export { leadPermissions } from './leads.permissions.js';
// the customer center's 需求信息
export { demandsOfBuyerWithSeller, type CustomerDemand } from './customer-demands.queries.js';
export { LEAD_TAKEN, LEAD_WON, leadTakenPayload, leadWonPayload, type LeadTaken, type LeadWon } from './leads.events.js';
// for the proposal code: a paid proposal wins its lead, inside the payment's transaction
export { markLeadWon } from './lead-won.js';
export { sellerLead, lockSellerLead, type LeadRow, type DemandRow } from './lead-access.js';
export { writeLog, type LeadAction } from './lead-logs.js';

/** 商机 (guide 4): demands, the hourly pool with 5 grabs a day, assigned leads, notes, proposals. */
export const leadsModule: ModuleDef = {
  name: 'leads',
  routes: (app, deps) => {
    leadsRoutes(app, deps);
    demandsRoutes(app, deps);
    proposalsRoutes(app, deps);
  },
  sweeps: (deps) => leadSweeps(deps),
  handlers: (outbox, deps) => proposalHandlers(outbox, deps),
};
