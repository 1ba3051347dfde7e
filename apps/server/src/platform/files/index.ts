import type { ModuleDef } from '../module.js';
import { fileRemovalHandlers } from './file-removal.js';
import { filesRoutes } from './files.routes.js';

export { canRead, ownerAccess, registerFileAccess, unregisterFileAccess, type FileAccessCheck, type FileRecord } from './access.js';
export { deleteFiles } from './file-removal.js';
export { findFile, openFile, uploadFile } from './files.service.js';
export { files } from './files.tables.js';
export { isFilePurpose, judgeUpload, largestAllowedBytes, purposeRules, ruleFor, type PurposeRule } from './rules.js';

/** Uploads and downloads for every module; business rules about who else may read live in those modules. */
export const filesModule: ModuleDef = {
  name: 'files',
  routes: filesRoutes,
  handlers: fileRemovalHandlers,
};
