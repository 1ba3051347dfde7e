import { deliveryZhCN } from './delivery.zh-CN';
import { deliveryProjectsZhCN } from './projects/projects.zh-CN';
import { deliveryTemplatesZhCN } from './templates/templates.zh-CN';
import { presetTextsZhCN } from './templates/preset-texts.zh-CN';
import { templateSimulatorZhCN } from './templates/template-simulator.zh-CN';
import { holidayNamesZhCN } from './calendar/holiday-names.zh-CN';
import { deliveryStaffZhCN } from './staff/staff.zh-CN';
import { deliveryWorkbenchZhCN } from './workbench/workbench.zh-CN';
import { deliveryQueueZhCN } from './queue/queue.zh-CN';
import { deliveryTagsZhCN } from './staff/staff-tags.zh-CN';
import { deliveryMineZhCN } from './projects/my-projects.zh-CN';
import { deliveryClaimZhCN } from './projects/claim-search.zh-CN';
import { deliveryWorkbenchExtraZhCN } from './workbench/workbench-months.zh-CN';
import { deliveryVendorManagersZhCN } from './staff/vendor-managers.zh-CN';

/** The delivery center's strings, one lazy section (delivery.section.ts): only its pages load them. */
export const deliveryCatalogueZhCN = {
  delivery: deliveryZhCN,
  deliveryProjects: deliveryProjectsZhCN,
  deliveryTemplates: deliveryTemplatesZhCN,
  deliveryPresets: presetTextsZhCN,
  deliverySimulator: templateSimulatorZhCN,
  deliveryHolidayNames: holidayNamesZhCN,
  deliveryStaff: deliveryStaffZhCN,
  deliveryWorkbench: deliveryWorkbenchZhCN,
  deliveryQueue: deliveryQueueZhCN,
  deliveryTags: deliveryTagsZhCN,
  deliveryMine: deliveryMineZhCN,
  deliveryClaim: deliveryClaimZhCN,
  deliveryWorkbenchExtra: deliveryWorkbenchExtraZhCN,
  deliveryVendorManagers: deliveryVendorManagersZhCN,
};
