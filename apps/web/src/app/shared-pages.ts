import { page } from './lazy-page';

/** Pages more than one console's route table lists (each console's table sits in <portal>-routes.tsx). */
export const NotificationsPage = page(() => import('../features/notifications/NotificationsPage'), 'NotificationsPage');
export const ProfilePage = page(() => import('../features/accounts/ProfilePage'), 'ProfilePage');
