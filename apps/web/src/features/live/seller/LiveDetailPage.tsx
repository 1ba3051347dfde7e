import { Alert, Button, Card, Descriptions, Image, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { can } from '../../../shared/access';
import { fileUrl } from '../../../shared/api/files';
import { listEmpty } from '../../../shared/ui/commerce-ui';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useCurrentUser } from '../../accounts/auth.queries';
import { beijingText } from '../../promotions/promotion-time';
import { livePagePath, storeLivePath, useLive } from '../live.queries';
import { LiveStatusTag } from './LiveStatusTag';
import { ObsCard } from './ObsCard';
import { RecordingUpload } from './RecordingUpload';

/** 查看直播详情 (guide 2.11.3): 直播业务信息 and 直播方式. */
export function LiveDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const live = useLive(id);
  const canManage = can(me, 'live.manage');
  const d = live.data;
  if (live.error) return <Card>{listEmpty(t, live.error, '')}</Card>;
  if (!d) return <Spin />;
  const link = `${window.location.origin}${storeLivePath(d.id)}`;
  return (
    <>
      <PageHeader
        title={d.name}
        before={<Link to="/seller/lives">← {t('live.back')}</Link>}
        extra={
          <>
            {d.status === 'approved' ? (
              <Button href={storeLivePath(d.id)} target="_blank">
                {t('live.detail.openLive')}
              </Button>
            ) : null}
            {canManage && d.status !== 'approved' ? (
              <Button type="primary" onClick={() => void navigate(`${livePagePath(d.id)}/edit`)}>
                {t('live.editAction')}
              </Button>
            ) : null}
          </>
        }
      />
      {d.status === 'rejected' ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('live.form.rejectedNote', { reason: d.rejectReason ?? '' })} />
      ) : null}
      <Card title={t('live.detail.business')}>
        <Descriptions column={{ xs: 1, lg: 2 }} bordered size="small" styles={{ label: { width: 140 } }}>
          <Descriptions.Item label={t('live.detail.name')}>{d.name}</Descriptions.Item>
          <Descriptions.Item label={t('live.detail.id')}>
            <Typography.Text copyable>{d.id}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('live.detail.time')}>{`${beijingText(d.startsAt)} - ${beijingText(d.endsAt)}`}</Descriptions.Item>
          <Descriptions.Item label={t('live.detail.channel')}>{d.channel}</Descriptions.Item>
          <Descriptions.Item label={t('live.detail.product')}>{d.product ? `${d.product.name}（${d.product.id}）` : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('live.detail.coupon')}>{d.coupon ? `${d.coupon.name}（${d.coupon.id}）` : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('live.detail.link')}>
            <Typography.Text copyable={{ text: link }} data-testid="live-link">
              {storeLivePath(d.id)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('live.detail.data')}>{t('live.detail.noData')}</Descriptions.Item>
          <Descriptions.Item label={t('live.detail.status')}>
            <LiveStatusTag status={d.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('live.columns.mode')}>{t(`live.modes.${d.mode}`)}</Descriptions.Item>
          <Descriptions.Item label={t('live.detail.cover')}>
            <Image src={fileUrl(d.coverFileId)} width={276} height={140} style={{ objectFit: 'cover' }} alt={t('live.detail.cover')} />
          </Descriptions.Item>
          <Descriptions.Item label={t('live.detail.recording')}>
            <Space direction="vertical" size={4}>
              {d.recordingFileId ? (
                <a href={fileUrl(d.recordingFileId)} download>
                  {t('live.detail.download')}
                </a>
              ) : (
                <Typography.Text type="secondary">{d.mode === 'recorded' ? t('live.detail.noRecording') : '—'}</Typography.Text>
              )}
              {d.mode === 'recorded' && canManage ? <RecordingUpload liveId={d.id} /> : null}
            </Space>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('live.detail.linkHint')}
        </Typography.Paragraph>
      </Card>
      {d.mode === 'realtime' && d.status === 'approved' && d.streamKey ? (
        <ObsCard live={d} canManage={canManage} />
      ) : d.mode === 'realtime' ? (
        <Card title={`${t('live.detail.way')} · ${t('live.modes.realtime')}`} style={{ marginTop: 16 }}>
          <Typography.Text type="secondary">{t('live.detail.obsAfterApproval')}</Typography.Text>
        </Card>
      ) : (
        <Card title={`${t('live.detail.way')} · ${t('live.modes.recorded')}`} style={{ marginTop: 16 }}>
          <Typography.Text type="secondary">{t('live.detail.recordedHint')}</Typography.Text>
        </Card>
      )}
    </>
  );
}
