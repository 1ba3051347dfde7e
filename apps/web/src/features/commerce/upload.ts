import { uploadedFileSchema, type FilePurpose, type UploadedFile } from '@cloudmart/contracts';
import { z } from 'zod';
import { API_BASE, ApiError, apiUrl } from '../../shared/api/client';

function csrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [k, ...rest] = part.trim().split('=');
    if (k === 'cm_csrf') return decodeURIComponent(rest.join('='));
  }
  return null;
}

const problemCode = z.object({ code: z.string(), detail: z.string().optional() }).loose();

/**
 * POST /files as multipart: the `purpose` field goes before the `file` part, since the
 * server ignores fields that arrive after the file.
 */
export async function uploadFile(file: File, purpose: FilePurpose): Promise<UploadedFile> {
  const form = new FormData();
  form.append('purpose', purpose);
  form.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  const csrf = csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  try {
    res = await fetch(`${API_BASE}/files`, { method: 'POST', body: form, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { code: 'network' });
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const p = problemCode.safeParse(body);
    throw new ApiError(res.status, p.success ? p.data : { code: res.status >= 500 ? 'internal' : 'unknown' });
  }
  const parsed = uploadedFileSchema.safeParse(body);
  if (!parsed.success) throw new ApiError(res.status, { code: 'bad_reply' });
  return parsed.data;
}

/** A stored file's download / inline URL (images render from it too). */
export function fileUrl(id: string): string {
  return apiUrl(`/files/${encodeURIComponent(id)}`);
}
