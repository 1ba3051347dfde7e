import { filePurposes, type FilePurpose } from '@cloudmart/contracts';

const MB = 1024 * 1024;

/**
 * What each upload purpose accepts. `extensions` are the names people know (shown by
 * the UI and used for its file picker); a file is judged by its sniffed type, whose
 * extension (as `sniff.ts` names it) must be in the list — so aliases such as jpg/jpeg
 * and tif/tiff are both listed.
 */
export interface PurposeRule {
  purpose: FilePurpose;
  extensions: readonly string[];
  maxBytes: number;
  /** images that must be exactly this size, read from their header (live covers: 552×280) */
  dimensions?: { width: number; height: number };
}

const rules: Record<FilePurpose, Omit<PurposeRule, 'purpose'>> = {
  architecture: { extensions: ['pdf'], maxBytes: 20 * MB },
  scan_archive: { extensions: ['zip'], maxBytes: 50 * MB },
  image: { extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp'], maxBytes: 5 * MB },
  video: { extensions: ['mp4'], maxBytes: 50 * MB },
  contract: { extensions: ['doc', 'docx', 'xlsx', 'ppt', 'pptx', 'pdf', 'png', 'zip', '7z'], maxBytes: 5 * MB },
  avatar: { extensions: ['bmp', 'jpg', 'jpeg', 'png', 'tif', 'tiff'], maxBytes: 2 * MB },
  document: { extensions: ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'png', 'jpg', 'jpeg', 'zip'], maxBytes: 20 * MB },
  // delivery-project steps: documents, images and archives a delivery is made of
  delivery: { extensions: ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'zip', '7z'], maxBytes: 20 * MB },
  // the contract template's upload step (guide: doc, docx, xlsx, ppt, pptx, pdf, png, zip, 7z; ≤ 5 MB)
  delivery_contract: { extensions: ['doc', 'docx', 'xlsx', 'ppt', 'pptx', 'pdf', 'png', 'zip', '7z'], maxBytes: 5 * MB },
  // 方案合同 (guide 4 提交方案): the contract or supplementary agreement, a PDF like the other contracts' 5 MB
  proposal_contract: { extensions: ['pdf'], maxBytes: 5 * MB },
  // 托管审核 (guide 1.2): 安全检测报告 and PTS压测报告 "文件支持PDF格式", sized like the architecture PDFs
  hosting_report: { extensions: ['pdf'], maxBytes: 20 * MB },
  // 直播海报封面 (guide 2.11.2: "尺寸：552*280 支持.jpg .png格式")
  live_cover: { extensions: ['png', 'jpg', 'jpeg'], maxBytes: 2 * MB, dimensions: { width: 552, height: 280 } },
  // 直播视频录制: the recorded live's video, mp4 up to 200 MB (docs/live.md)
  live_recording: { extensions: ['mp4'], maxBytes: 200 * MB },
};

export const purposeRules: readonly PurposeRule[] = filePurposes.map((purpose) => ({ purpose, ...rules[purpose] }));

/** The largest file any purpose accepts; the multipart parser's hard ceiling must be at least this. */
export const largestAllowedBytes = Math.max(...purposeRules.map((r) => r.maxBytes));

export function isFilePurpose(s: string): s is FilePurpose {
  return (filePurposes as readonly string[]).includes(s);
}

export function ruleFor(purpose: FilePurpose): PurposeRule {
  return { purpose, ...rules[purpose] };
}

export type UploadVerdict = { ok: true } | { ok: false; code: 'file_too_large' | 'file_type_not_allowed'; detail: string };

/** True once `bytes` is past what the purpose accepts: the upload stops right there. */
export function exceedsLimit(purpose: FilePurpose, bytes: number): boolean {
  return bytes > rules[purpose].maxBytes;
}

/**
 * Decide an upload from what its content is (`ext` from sniffing; null when nothing
 * was recognised) and its size. Size is checked first: an oversized file is refused
 * whatever it is.
 */
export function judgeUpload(purpose: FilePurpose, sniffedExt: string | null, size: number): UploadVerdict {
  const rule = rules[purpose];
  if (size > rule.maxBytes) {
    return { ok: false, code: 'file_too_large', detail: `${purpose} files are at most ${rule.maxBytes} bytes` };
  }
  if (sniffedExt === null || !rule.extensions.includes(sniffedExt)) {
    const what = sniffedExt === null ? 'an unrecognised type' : `a ${sniffedExt} file`;
    return { ok: false, code: 'file_type_not_allowed', detail: `${purpose} accepts ${rule.extensions.join(', ')}; this is ${what}` };
  }
  return { ok: true };
}
