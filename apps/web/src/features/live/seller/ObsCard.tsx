import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import type { LiveDetail } from '@cloudmart/contracts';
import { Button, Card, Descriptions, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommerceReporter } from '../../../shared/ui/commerce-ui';
import { beijingText } from '../../promotions/promotion-time';
import { useRotateStreamKey } from '../live.queries';
import { useFeedback } from '../../../shared/ui/feedback';

/** 直播方式 · 实时直播: the OBS push URL and stream key, hidden until shown, copyable, resettable. */
export function ObsCard({ live, canManage }: { live: LiveDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const report = useCommerceReporter();
  const rotate = useRotateStreamKey(live.id);
  const [shown, setShown] = useState(false);
  const key = live.streamKey ?? '';
  return (
    <Card title={`${t('live.detail.way')} · ${t('live.modes.realtime')}`} style={{ marginTop: 16 }}>
      <Descriptions column={1} bordered size="small" styles={{ label: { width: 180 } }}>
        <Descriptions.Item label={t('live.detail.pushUrl')}>
          <Typography.Text copyable={{ text: live.pushUrl ?? '', tooltips: [t('live.detail.copy'), t('live.detail.copied')] }} code data-testid="live-push-url">
            {live.pushUrl}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('live.detail.streamKey')}>
          <Space wrap>
            <Typography.Text copyable={{ text: key, tooltips: [t('live.detail.copy'), t('live.detail.copied')] }} code data-testid="live-stream-key">
              {shown ? key : '•'.repeat(24)}
            </Typography.Text>
            <Button size="small" icon={shown ? <EyeInvisibleOutlined /> : <EyeOutlined />} onClick={() => setShown(!shown)}>
              {shown ? t('live.detail.hide') : t('live.detail.show')}
            </Button>
            {canManage ? (
              <Popconfirm
                title={t('live.detail.rotateConfirm')}
                okButtonProps={{ danger: true }}
                onConfirm={() => rotate.mutateAsync().then(() => void message.success(t('live.detail.rotated')), report)}
              >
                <Button size="small" danger loading={rotate.isPending}>
                  {t('live.detail.rotate')}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
          {live.streamKeyRotatedAt ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
              {t('live.detail.rotatedAt', { at: beijingText(live.streamKeyRotatedAt) })}
            </Typography.Text>
          ) : null}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('live.detail.obsHint')}
      </Typography.Paragraph>
    </Card>
  );
}
