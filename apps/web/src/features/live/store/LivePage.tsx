import { GiftOutlined, VideoCameraOutlined } from '@ant-design/icons';
import type { PublicLive } from '@cloudmart/contracts';
import { Badge, Button, Card, Col, Flex, Result, Row, Spin, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../shared/api/client';
import { errorMessage } from '../../../shared/api/errors';
import { fileUrl } from '../../../shared/api/files';
import { loginPathFor } from '../../../shared/portals';
import { useMe } from '../../accounts/auth.queries';
import { couponHeadline, couponTerms } from '../../promotions-buyer/promotion-format';
import { useClaimCoupon } from '../../promotions-buyer/promotions-buyer.queries';
import { beijingText } from '../../promotions/promotion-time';
import { usePublicLive } from '../live.queries';
import { useFeedback } from '../../../shared/ui/feedback';

const phaseColour = { upcoming: 'blue', live: 'red', ended: 'default' } as const;

/** The recording plays muted on a loop (autoplay needs muted); the controls let the viewer pause. */
function LiveScreen({ live }: { live: PublicLive }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (live.recordingFileId)
    return (
      <video
        src={fileUrl(live.recordingFileId)}
        poster={fileUrl(live.coverFileId)}
        aria-label={live.name}
        autoPlay
        muted
        loop
        controls
        playsInline
        style={{ width: '100%', aspectRatio: '552 / 280', background: '#000', display: 'block' }}
      />
    );
  return (
    <div style={{ position: 'relative' }}>
      <img src={fileUrl(live.coverFileId)} alt={live.name} style={{ width: '100%', aspectRatio: '552 / 280', objectFit: 'cover', display: 'block' }} />
      <Flex
        vertical
        align="center"
        justify="center"
        gap={4}
        style={{ position: 'absolute', inset: 'auto 0 0 0', padding: 12, background: 'rgba(0,0,0,0.55)', color: token.colorWhite }}
      >
        <VideoCameraOutlined />
        <span>{live.mode === 'realtime' ? t('live.store.realtimeHint') : t('live.store.noRecording')}</span>
      </Flex>
    </div>
  );
}

function CouponCard({ live }: { live: PublicLive }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const claim = useClaimCoupon();
  const c = live.coupon;
  if (!c) return null;
  const head = couponHeadline(t, c);
  const onClaim = () => {
    if (!me.data) {
      void navigate(loginPathFor(location));
      return;
    }
    claim.mutate(c.id, {
      onSuccess: () => void message.success(t('live.store.claimed')),
      onError: (err) => {
        if (isApiError(err) && err.code === 'unauthenticated') return;
        void message.error(errorMessage(t, err));
      },
    });
  };
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <GiftOutlined />
          {t('live.store.coupon')}
        </Flex>
      }
      style={{ marginTop: 16 }}
    >
      <Flex align="center" gap={16} wrap>
        <Flex vertical align="center" style={{ minWidth: 96 }}>
          <Typography.Text type="danger" style={{ fontSize: 24, fontWeight: 600 }}>
            {head.main}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {head.sub}
          </Typography.Text>
        </Flex>
        <Flex vertical style={{ flex: 1, minWidth: 160 }}>
          <Typography.Text strong>{c.name}</Typography.Text>
          <Typography.Text type="secondary">{couponTerms(t, c)}</Typography.Text>
        </Flex>
        {live.couponClaimable ? (
          <Button type="primary" danger loading={claim.isPending} onClick={onClaim} data-testid="live-claim">
            {me.data ? t('live.store.claim') : t('live.store.loginToClaim')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{live.phase === 'upcoming' ? t('live.store.couponLater') : t('live.store.couponEnded')}</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

/** The shareable 直播 page (/store/live/:id): cover or recording, times and phase, product, coupon. */
export function LivePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { message } = useFeedback();
  const live = usePublicLive(id);
  const l = live.data;
  if (live.isLoading) return <Spin />;
  if (!l) return <Result status="404" title={t('live.store.notFound')} extra={<Link to="/store">Cloudmart</Link>} />;
  return (
    <div style={{ maxWidth: 1200, margin: '0 auto', padding: '24px 16px' }}>
      <Row gutter={24}>
        <Col xs={24} lg={16}>
          <Card styles={{ body: { padding: 0 } }}>
            <Badge.Ribbon text={t(`live.store.phases.${l.phase}`)} color={l.phase === 'live' ? 'red' : l.phase === 'upcoming' ? 'blue' : 'gray'}>
              <LiveScreen live={l} />
            </Badge.Ribbon>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card>
            <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
              <Tag color={phaseColour[l.phase]}>{t(`live.store.phases.${l.phase}`)}</Tag>
            </Flex>
            <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
              {l.name}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
              {t('live.store.time', { from: beijingText(l.startsAt, 16), to: beijingText(l.endsAt, 16) })}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary">{t('live.store.seller', { name: l.sellerName })}</Typography.Paragraph>
            <Button
              onClick={() =>
                void navigator.clipboard?.writeText(window.location.href).then(
                  () => void message.success(t('live.detail.copied')),
                  () => undefined,
                )
              }
            >
              {t('live.store.share')}
            </Button>
            {l.product ? (
              <Card size="small" title={t('live.store.product')} style={{ marginTop: 16 }}>
                <Flex justify="space-between" align="center" gap={8}>
                  <Typography.Text ellipsis={{ tooltip: l.product.name }}>{l.product.name}</Typography.Text>
                  <Link to={`/store/products/${encodeURIComponent(l.product.code)}`}>{t('live.store.viewProduct')}</Link>
                </Flex>
              </Card>
            ) : null}
            <CouponCard live={l} />
          </Card>
        </Col>
      </Row>
      {l.intro ? (
        <Card title={t('live.store.intro')} style={{ marginTop: 16 }}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>{l.intro}</Typography.Paragraph>
          {l.keywords ? (
            <Flex gap={4} wrap style={{ marginTop: 8 }}>
              {l.keywords.split(' ').map((k) => (
                <Tag key={k}>{k}</Tag>
              ))}
            </Flex>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
