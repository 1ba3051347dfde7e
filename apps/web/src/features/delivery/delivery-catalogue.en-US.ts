import type { deliveryCatalogueZhCN } from './delivery-catalogue.zh-CN';
import { deliveryEnUS } from './delivery.en-US';
import { deliveryProjectsEnUS } from './projects/projects.en-US';
import { deliveryTemplatesEnUS } from './templates/templates.en-US';
import { presetTextsEnUS } from './templates/preset-texts.en-US';
import { templateSimulatorEnUS } from './templates/template-simulator.en-US';
import { holidayNamesEnUS } from './calendar/holiday-names.en-US';
import { deliveryStaffEnUS } from './staff/staff.en-US';
import { deliveryWorkbenchEnUS } from './workbench/workbench.en-US';
import { deliveryQueueEnUS } from './queue/queue.en-US';
import { deliveryTagsEnUS } from './staff/staff-tags.en-US';
import { deliveryMineEnUS } from './projects/my-projects.en-US';
import { deliveryClaimEnUS } from './projects/claim-search.en-US';
import { deliveryWorkbenchExtraEnUS } from './workbench/workbench-months.en-US';
import { deliveryVendorManagersEnUS } from './staff/vendor-managers.en-US';

/** The delivery center's strings, one lazy section (delivery.section.ts): only its pages load them. */
export const deliveryCatalogueEnUS: typeof deliveryCatalogueZhCN = {
  delivery: deliveryEnUS,
  deliveryProjects: deliveryProjectsEnUS,
  deliveryTemplates: deliveryTemplatesEnUS,
  deliveryPresets: presetTextsEnUS,
  deliverySimulator: templateSimulatorEnUS,
  deliveryHolidayNames: holidayNamesEnUS,
  deliveryStaff: deliveryStaffEnUS,
  deliveryWorkbench: deliveryWorkbenchEnUS,
  deliveryQueue: deliveryQueueEnUS,
  deliveryTags: deliveryTagsEnUS,
  deliveryMine: deliveryMineEnUS,
  deliveryClaim: deliveryClaimEnUS,
  deliveryWorkbenchExtra: deliveryWorkbenchExtraEnUS,
  deliveryVendorManagers: deliveryVendorManagersEnUS,
};
