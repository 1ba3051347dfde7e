import { page } from './lazy-page';
import { promotionsBuyerSection } from '../features/promotions-buyer/promotions-buyer.section';
import { storeSection } from '../features/store/store.section';

/** Pages more than one console's route table lists (each console's table sits in <portal>-routes.tsx). */
export const NotificationsPage = page(() => import('../features/notifications/NotificationsPage'), 'NotificationsPage');
export const ProfilePage = page(() => import('../features/accounts/ProfilePage'), 'ProfilePage', [promotionsBuyerSection, storeSection]);
