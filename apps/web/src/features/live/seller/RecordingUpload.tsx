import { UploadOutlined } from '@ant-design/icons';
import { Button, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadFile } from '../../../shared/api/files';
import { useCommerceReporter } from '../../../shared/ui/commerce-ui';
import { useSetRecording } from '../live.queries';
import { useFeedback } from '../../../shared/ui/feedback';

/** 上传录制视频: an mp4 (≤ 200 MB) becomes the recorded live's video. */
export function RecordingUpload({ liveId }: { liveId: string }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useCommerceReporter();
  const setRecording = useSetRecording(liveId);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Upload
        accept=".mp4,video/mp4"
        showUploadList={false}
        customRequest={({ file }) => {
          if (!(file instanceof File)) return;
          setBusy(true);
          uploadFile(file, 'live_recording')
            .then((f) => setRecording.mutateAsync(f.id))
            .then(() => void message.success(t('live.detail.recordingSaved')), report)
            .finally(() => setBusy(false));
        }}
      >
        <Button size="small" icon={<UploadOutlined />} loading={busy}>
          {t('live.detail.uploadRecording')}
        </Button>
      </Upload>
      <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
        {t('live.detail.recordingHint')}
      </Typography.Text>
    </>
  );
}
