import { PlusOutlined } from '@ant-design/icons';
import { Flex, Image, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileUrl, uploadFile } from '../../../shared/api/files';
import { useCommerceReporter } from '../../../shared/ui/commerce-ui';

/** 直播海报封面: one 552×280 jpg/png; the server reads the size from the file itself. */
export function CoverField({ value, onChange, disabled }: { value?: string; onChange?: (id: string) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const report = useCommerceReporter();
  const [busy, setBusy] = useState(false);
  return (
    <Flex gap={16} align="center" wrap>
      {value ? <Image src={fileUrl(value)} width={276} height={140} alt={t('live.form.cover')} style={{ objectFit: 'cover' }} /> : null}
      <Upload
        accept=".jpg,.jpeg,.png"
        listType="picture-card"
        showUploadList={false}
        disabled={disabled || busy}
        customRequest={({ file }) => {
          if (!(file instanceof File)) return;
          setBusy(true);
          uploadFile(file, 'live_cover')
            .then((f) => onChange?.(f.id), report)
            .finally(() => setBusy(false));
        }}
      >
        <Flex vertical align="center" gap={4} data-testid="live-cover-upload">
          <PlusOutlined />
          <span>{t('live.form.uploadCover')}</span>
        </Flex>
      </Upload>
      <Typography.Text type="secondary">{t('live.form.coverHint')}</Typography.Text>
    </Flex>
  );
}
