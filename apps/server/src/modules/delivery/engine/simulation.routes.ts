import { templateSimulationBody, templateSimulationSchema } from '@cloudmart/contracts';
import { z } from 'zod';
import { sellerOf } from '../../../platform/auth/actor.js';
import type { App, Deps } from '../../../platform/module.js';
import { loadCalendar } from '../calendar/index.js';
import { visibleTemplate } from '../templates/index.js';
import { simulateFlow } from './flow-simulation.js';

const idParams = z.object({ id: z.string().min(1).max(64) });

/** The template simulator: the engine's due times for a flow started at a chosen instant. */
export function simulationRoutes(app: App, deps: Deps): void {
  app.post(
    '/delivery/templates/:id/simulate',
    {
      config: { auth: 'seller', permission: 'delivery.templates' },
      schema: {
        tags: ['delivery-templates'],
        summary: 'Simulate a public or own template (or the editor’s unsaved nodes) from a start instant on the work calendar',
        params: idParams,
        body: templateSimulationBody,
        response: { 200: templateSimulationSchema },
      },
    },
    async (req) => {
      const template = await visibleTemplate(deps.db, sellerOf(req.actor).sellerId, req.params.id);
      const nodes = req.body.nodes ?? template.nodes;
      return simulateFlow(await loadCalendar(deps.db), nodes, new Date(req.body.start), req.body.warrantyDays ?? null);
    },
  );
}
