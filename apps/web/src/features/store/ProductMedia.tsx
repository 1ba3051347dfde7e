import { VideoCameraOutlined } from '@ant-design/icons';
import type { StoreProductDetail } from '@cloudmart/contracts';
import { Badge, Card, Flex, Tabs, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileUrl } from '../../shared/api/files';

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

function LivePanel({ liveId }: { liveId: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
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
