import { uploadedFileSchema, type FilePurpose, type UploadedFile } from '@cloudmart/contracts';
import { apiUpload, apiUrl } from './client';

/**
 * POST /files as multipart: the `purpose` field goes before the `file` part, since the
 * server ignores fields that arrive after the file.
 */
export function uploadFile(file: File, purpose: FilePurpose): Promise<UploadedFile> {
  const form = new FormData();
  form.append('purpose', purpose);
  form.append('file', file, file.name);
  return apiUpload('/files', form, uploadedFileSchema);
}

/** A stored file's download / inline URL (images and videos render from it; the browser sends the cookie). */
export function fileUrl(id: string): string {
  return apiUrl(`/files/${encodeURIComponent(id)}`);
}
