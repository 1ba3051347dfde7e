import { z } from 'zod';

/**
 * delivery: files of delivery-project steps; delivery_contract: the contract step's upload (DOMAIN 5);
 * proposal_contract: a 方案's 方案合同 (guide 4 提交方案), a PDF the buyer reads before paying;
 * hosting_report: 托管审核's 安全检测报告 and PTS压测报告 (guide 1.2), PDFs.
 * live_cover / live_recording: a 直播's 海报封面 (552×280 jpg/png) and its recorded video (guide 2.11).
 */
export const filePurposes = [
  'architecture',
  'scan_archive',
  'image',
  'video',
  'contract',
  'avatar',
  'document',
  'delivery',
  'delivery_contract',
  'proposal_contract',
  'hosting_report',
  'live_cover',
  'live_recording',
] as const;
export type FilePurpose = (typeof filePurposes)[number];

export const fileSchema = z.object({
  id: z.string(),
  purpose: z.enum(filePurposes),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type StoredFile = z.infer<typeof fileSchema>;

/** sha256 lets a client verify what it uploaded; it is not part of every file listing. */
export const uploadedFileSchema = fileSchema.extend({ sha256: z.string() });
export type UploadedFile = z.infer<typeof uploadedFileSchema>;

/** POST /files?purpose=… (or a `purpose` form field sent before the `file` part). */
export const fileUploadQuery = z.object({ purpose: z.string().max(64).optional() });

/** What an upload purpose accepts, for file pickers and client-side pre-checks. */
export const filePurposeRuleSchema = z.object({
  purpose: z.enum(filePurposes),
  /** lower-case, without the dot */
  extensions: z.array(z.string()),
  maxBytes: z.number().int(),
});
export type FilePurposeRule = z.infer<typeof filePurposeRuleSchema>;
