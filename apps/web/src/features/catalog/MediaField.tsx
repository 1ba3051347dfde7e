import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { FilePurpose } from '@cloudmart/contracts';
import { Button, Flex, Image, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommerceReporter } from '../../shared/ui/commerce-ui';
import { fileUrl, uploadFile } from '../../shared/api/files';

const accepts: Partial<Record<FilePurpose, { accept: string; types: string; mb: number }>> = {
  image: { accept: '.png,.jpg,.jpeg,.gif,.webp', types: 'PNG / JPG / GIF / WebP', mb: 5 },
  video: { accept: '.mp4', types: 'MP4', mb: 50 },
};

interface MediaFieldProps {
  /** file ids (a Form.Item value) */
  value?: string[];
  onChange?: (ids: string[]) => void;
  purpose: 'image' | 'video';
  max: number;
  disabled?: boolean;
  id?: string;
}

/** Uploaded media as thumbnails (images) or file links (video); each file is uploaded when picked. */
export function MediaField({ value = [], onChange, purpose, max, disabled, id }: MediaFieldProps) {
  const { t } = useTranslation();
  const report = useCommerceReporter();
  const [busy, setBusy] = useState(false);
  const rule = accepts[purpose];
  const remove = (fid: string) => onChange?.(value.filter((v) => v !== fid));

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        {value.map((fid, i) => (
          <Flex key={fid} vertical align="center" gap={4} style={{ width: 112 }}>
            {purpose === 'image' ? (
              <Image
                src={fileUrl(fid)}
                width={104}
                height={78}
                style={{ objectFit: 'cover', borderRadius: 4 }}
                alt={`${t('commerce.editor.images')} ${i + 1}`}
              />
            ) : (
              <Typography.Link href={fileUrl(fid)} target="_blank">
                {t('commerce.editor.video')}
              </Typography.Link>
            )}
            {!disabled ? (
              <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(fid)}>
                {t('commerce.upload.remove')}
              </Button>
            ) : null}
          </Flex>
        ))}
        {!disabled && value.length < max ? (
          <Upload
            accept={rule?.accept}
            showUploadList={false}
            customRequest={({ file }) => {
              if (!(file instanceof File)) return;
              setBusy(true);
              uploadFile(file, purpose)
                .then((f) => onChange?.([...value, f.id]), report)
                .finally(() => setBusy(false));
            }}
          >
            <Button id={id} icon={<PlusOutlined />} loading={busy} style={{ height: 78, width: 104 }}>
              {purpose === 'image' ? t('commerce.upload.image') : t('commerce.upload.video')}
            </Button>
          </Upload>
        ) : null}
      </Flex>
      {rule ? <Typography.Text type="secondary">{t('commerce.upload.accept', { types: rule.types, size: rule.mb })}</Typography.Text> : null}
    </Flex>
  );
}
