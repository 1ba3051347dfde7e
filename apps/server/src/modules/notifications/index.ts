import type { ModuleDef } from '../../platform/module.js';
import { purgeReadNotificationsSweep } from './notifications.jobs.js';
import { notificationsRoutes } from './notifications.routes.js';
import { handleRequested } from './notifications.service.js';
import { NOTIFICATION_TOPIC } from './notify-request.js';

export { NOTIFICATION_TOPIC, requestNotification, type NotificationRequest } from './notify-request.js';
export { render, templateKeys, type TemplateKey, type TemplateParams } from './templates.js';

export const notificationsModule: ModuleDef = {
  name: 'notifications',
  routes: notificationsRoutes,
  handlers: (outbox, deps) => {
    outbox.on(NOTIFICATION_TOPIC, 'notifications.deliver', (event) => handleRequested(deps, event));
  },
  sweeps: () => [purgeReadNotificationsSweep],
};
