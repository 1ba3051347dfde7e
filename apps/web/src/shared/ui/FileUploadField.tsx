import { UploadOutlined } from '@ant-design/icons';
import type { FilePurpose, UploadedFile } from '@cloudmart/contracts';
import { Button, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommerceReporter } from './commerce-ui';
import { uploadFile } from '../api/files';

interface FileUploadFieldProps {
  /** the uploaded file's id (a Form.Item value) */
  value?: string;
  onChange?: (id: string | undefined) => void;
  /** chooses the upload purpose from the picked file, e.g. zip → scan_archive */
  purposeOf: (file: File) => FilePurpose;
  accept: string;
  label?: string;
  id?: string;
}

/** One file, uploaded as soon as it is picked; the form holds its id. */
export function FileUploadField({ value, onChange, purposeOf, accept, label, id }: FileUploadFieldProps) {
  const { t } = useTranslation();
  const report = useCommerceReporter();
  const [stored, setStored] = useState<UploadedFile | null>(null);
  const [busy, setBusy] = useState(false);

  const shown = value && stored?.id === value ? stored : null;
  return (
    <Upload
      accept={accept}
      maxCount={1}
      fileList={shown ? [{ uid: shown.id, name: shown.name, status: 'done' }] : []}
      onRemove={() => {
        setStored(null);
        onChange?.(undefined);
      }}
      customRequest={({ file }) => {
        if (!(file instanceof File)) return;
        setBusy(true);
        uploadFile(file, purposeOf(file))
          .then((f) => {
            setStored(f);
            onChange?.(f.id);
          }, report)
          .finally(() => setBusy(false));
      }}
    >
      <Button id={id} icon={<UploadOutlined />} loading={busy}>
        {busy ? t('commerce.upload.uploading') : (label ?? t('commerce.upload.button'))}
      </Button>
    </Upload>
  );
}
