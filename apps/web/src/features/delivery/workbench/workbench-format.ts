/* Pure display helpers of the workbenches. */

const AVATAR_EXTENSIONS = ['bmp', 'jpg', 'jpeg', 'png', 'tif', 'tiff'];
export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
export const AVATAR_ACCEPT = AVATAR_EXTENSIONS.map((e) => `.${e}`).join(',');

/** A quick check before uploading (the server judges the content again): which message, or null when fine. */
export function avatarProblem(file: { name: string; size: number }): 'wrongType' | 'tooLarge' | null {
  const ext = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : '';
  if (!AVATAR_EXTENSIONS.includes(ext)) return 'wrongType';
  return file.size > AVATAR_MAX_BYTES ? 'tooLarge' : null;
}

/** Bar heights in percent of the tallest month (0 stays 0; a non-zero month shows at least a sliver). */
export function barHeights(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max === 0 || v <= 0 ? 0 : Math.max(4, Math.round((v / max) * 100))));
}
