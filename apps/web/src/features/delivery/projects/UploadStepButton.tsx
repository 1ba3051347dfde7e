import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/client';
import { useUploadStepFile } from './project-actions.queries';
import type { ProjectAudience } from './projects.queries';
import { useProjectReporter } from './project-ui';
import { useFeedback } from '../../../shared/ui/feedback';

/** A contract step accepts contract documents only: the server says so when it refuses a plain upload. */
function wantsContract(err: unknown): boolean {
  if (!isApiError(err) || err.code !== 'validation_failed') return false;
  const accepted = err.problem.accepted;
  return Array.isArray(accepted) && accepted.includes('delivery_contract') && !accepted.includes('delivery');
}

/** 上传文件 on the current general step: upload (purpose delivery), then attach to the step. */
export function UploadStepButton({
  audience,
  projectId,
  label,
  purpose = 'delivery',
}: {
  audience: ProjectAudience;
  projectId: string;
  label: string;
  purpose?: 'delivery' | 'delivery_contract';
}) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const upload = useUploadStepFile(audience, projectId);
  const report = useProjectReporter();

  const send = (file: File) =>
    upload
      .mutateAsync({ file, purpose })
      .catch((err: unknown) =>
        purpose === 'delivery' && wantsContract(err) ? upload.mutateAsync({ file, purpose: 'delivery_contract' }) : Promise.reject(err),
      )
      .then((attached) => void message.success(t('deliveryProjects.actions.uploaded', { name: attached.name })))
      .catch((err: unknown) => report(err));

  return (
    <Upload
      showUploadList={false}
      beforeUpload={(file) => {
        void send(file);
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} loading={upload.isPending}>
        {upload.isPending ? t('deliveryProjects.actions.uploading') : label}
      </Button>
    </Upload>
  );
}
