import { VideoCameraOutlined } from '@ant-design/icons';
import type { StoreProductDetail } from '@cloudmart/contracts';
import { Badge, Card, Flex, Tabs, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fileUrl } from '../../shared/api/files';
import { storeLivePath, usePublicLive } from '../live/live.queries';
import { beijingText } from '../promotions/promotion-time';

function ProductVideo({ fileId, label }: { fileId: string; label: string }) {
  // autoplay needs muted in browsers; loop and the controls let the buyer pause (DOMAIN 2.11.4)
  return (
    <video
      src={fileUrl(fileId)}
      aria-label={label}
      autoPlay
      muted
      loop
      controls
      playsInline
      style={{ width: '100%', maxHeight: 360, background: '#000', display: 'block' }}
    />
  );
}

/** The bound live (guide 2.11.4): its recording or cover, and a link to the live page; a bare id when it is not public. */
function LivePanel({ liveId }: { liveId: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const live = usePublicLive(liveId);
  const l = live.data;
  if (l)
    return (
      <div style={{ position: 'relative' }}>
        {l.recordingFileId ? (
          <video
            src={fileUrl(l.recordingFileId)}
            poster={fileUrl(l.coverFileId)}
            aria-label={l.name}
            autoPlay
            muted
            loop
            controls
            playsInline
            style={{ width: '100%', aspectRatio: '552 / 280', background: '#000', display: 'block' }}
          />
        ) : (
          <img src={fileUrl(l.coverFileId)} alt={l.name} style={{ width: '100%', aspectRatio: '552 / 280', objectFit: 'cover', display: 'block' }} />
        )}
        <Flex justify="space-between" align="center" gap={8} style={{ padding: '8px 12px' }}>
          <Typography.Text ellipsis={{ tooltip: l.name }}>
            {l.name} · {t('store.media.liveTime', { from: beijingText(l.startsAt, 16) })}
          </Typography.Text>
          <Link to={storeLivePath(l.id)} data-testid="product-live-link">
            {t('store.media.watchLive')}
          </Link>
        </Flex>
      </div>
    );
  return (
    <Flex vertical align="center" justify="center" gap={8} style={{ height: 240, background: token.colorBgLayout }}>
      <Badge count="LIVE" color="red" />
      <VideoCameraOutlined style={{ fontSize: 40, color: token.colorTextTertiary }} />
      <Typography.Text type="secondary">{t('store.media.liveHint')}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('store.media.liveId', { id: liveId })}
      </Typography.Text>
    </Flex>
  );
}

/**
 * The media area by the display rule: video and live → the video with a live tab;
 * live only → the live with a LIVE badge; video only → the video; neither → nothing.
 */
export function ProductMedia({ product }: { product: StoreProductDetail }) {
  const { t } = useTranslation();
  const { videoFileId, liveId } = product;
  const videoLabel = t('store.media.video');
  switch (product.media) {
    case 'none':
      return null;
    case 'video':
      return videoFileId ? (
        <Card size="small" title={videoLabel} styles={{ body: { padding: 0 } }}>
          <ProductVideo fileId={videoFileId} label={videoLabel} />
        </Card>
      ) : null;
    case 'live':
      return liveId ? (
        <Card
          size="small"
          title={
            <Flex gap={8} align="center">
              {t('store.media.live')}
              <Badge count="LIVE" color="red" />
            </Flex>
          }
          styles={{ body: { padding: 0 } }}
        >
          <LivePanel liveId={liveId} />
        </Card>
      ) : null;
    case 'video_and_live':
      return (
        <Card size="small" styles={{ body: { paddingTop: 0 } }}>
          <Tabs
            items={[
              ...(videoFileId ? [{ key: 'video', label: videoLabel, children: <ProductVideo fileId={videoFileId} label={videoLabel} /> }] : []),
              ...(liveId ? [{ key: 'live', label: t('store.media.live'), children: <LivePanel liveId={liveId} /> }] : []),
            ]}
          />
        </Card>
      );
  }
}
