// Staff room: departments, employees, leave and the employee's photo. What other rooms use.
export { AVATAR_GRACE_MS, avatarUrl, removeMyAvatar, setMyAvatar, sweepOrphanAvatars } from './avatar.service.js';
export { departmentBranch } from './departments.service.js';
export { deleteEmployee } from './employees.service.js';
export { staffRoutes } from './staff.routes.js';
