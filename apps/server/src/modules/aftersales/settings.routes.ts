import { aftersalesSettingsSchema } from '@cloudmart/contracts';
import { requireActor } from '../../platform/auth/actor.js';
import type { App, Deps } from '../../platform/module.js';
import { getSettings, saveSettings } from './settings.service.js';

const tags = ['operator', 'aftersales-settings'];
const operator = { auth: 'operator' } as const;

export function settingsRoutes(app: App, deps: Deps): void {
  app.get(
    '/operator/aftersales-settings',
    { config: operator, schema: { tags, summary: 'Refund window and auto-approve delay', response: { 200: aftersalesSettingsSchema } } },
    async () => getSettings(deps.db, deps.clock.now()),
  );
  app.put(
    '/operator/aftersales-settings',
    {
      config: operator,
      schema: { tags, summary: 'Change the refund window and auto-approve delay', body: aftersalesSettingsSchema, response: { 200: aftersalesSettingsSchema } },
    },
    async (req) => saveSettings(deps, requireActor(req.actor).userId, req.body),
  );
}
