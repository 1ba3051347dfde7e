import { defineSectionGroup } from '../../shared/i18n/sections';

/** The delivery center's strings: its pages, and the delivery parts shown in the product editor and the buyer's order. */
export const deliverySection = defineSectionGroup(
  [
    'delivery',
    'deliveryProjects',
    'deliveryTemplates',
    'deliveryPresets',
    'deliverySimulator',
    'deliveryHolidayNames',
    'deliveryStaff',
    'deliveryWorkbench',
    'deliveryQueue',
    'deliveryTags',
    'deliveryMine',
    'deliveryClaim',
    'deliveryWorkbenchExtra',
    'deliveryVendorManagers',
  ],
  {
    'zh-CN': () => import('./delivery-catalogue.zh-CN').then((m) => m.deliveryCatalogueZhCN),
    'en-US': () => import('./delivery-catalogue.en-US').then((m) => m.deliveryCatalogueEnUS),
  },
);
