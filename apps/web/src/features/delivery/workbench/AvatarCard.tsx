import { DeleteOutlined, PlusOutlined, UserOutlined } from '@ant-design/icons';
import type { EmployeeWorkbench } from '@cloudmart/contracts';
import { Avatar, Button, Card, Flex, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../../shared/api/errors';
import { AVATAR_ACCEPT, avatarProblem } from './workbench-format';
import { useRemoveAvatar, useSetAvatar } from './workbench.queries';
import { useFeedback } from '../../../shared/ui/feedback';

/** The employee's photo, name and department, with upload (the + of the guide) and removal. */
export function AvatarCard({ me }: { me: EmployeeWorkbench['me'] }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useErrorReporter();
  const setAvatar = useSetAvatar();
  const removeAvatar = useRemoveAvatar();
  const k = 'deliveryWorkbench.employee.avatar';

  const send = (file: File) => {
    const problem = avatarProblem(file);
    if (problem) {
      void message.error(t(`${k}.${problem}`));
      return;
    }
    setAvatar.mutate(file, { onSuccess: () => void message.success(t(`${k}.saved`)), onError: (err) => report(err) });
  };

  return (
    <Card>
      <Flex gap={16} align="center">
        <Avatar size={72} src={me.avatarUrl ?? undefined} icon={me.avatarUrl ? undefined : <UserOutlined />} alt={t(`${k}.alt`)} />
        <Space vertical size={4}>
          <Typography.Text strong>{me.displayName}</Typography.Text>
          {me.departmentName ? <Typography.Text type="secondary">{me.departmentName}</Typography.Text> : null}
          <Space wrap>
            <Upload
              accept={AVATAR_ACCEPT}
              showUploadList={false}
              beforeUpload={(file) => {
                send(file);
                return false;
              }}
            >
              <Button size="small" icon={<PlusOutlined />} loading={setAvatar.isPending}>
                {t(me.avatarUrl ? `${k}.change` : `${k}.upload`)}
              </Button>
            </Upload>
            {me.avatarFileId ? (
              <Button
                size="small"
                icon={<DeleteOutlined />}
                loading={removeAvatar.isPending}
                onClick={() => removeAvatar.mutate(undefined, { onSuccess: () => void message.success(t(`${k}.removed`)), onError: (err) => report(err) })}
              >
                {t(`${k}.remove`)}
              </Button>
            ) : null}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`${k}.hint`)}
          </Typography.Text>
        </Space>
      </Flex>
    </Card>
  );
}
