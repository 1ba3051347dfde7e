import type { ShopCoupon } from '@cloudmart/contracts';
import { Button, Flex, Tooltip, Typography, theme } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../shared/api/client';
import { errorMessage } from '../../shared/api/errors';
import { loginPathFor } from '../../shared/portals';
import { useMe } from '../accounts/auth.queries';
import { claimButton, couponHeadline, couponTerms, formatDate, isClaimReason, type Viewer } from './promotion-format';
import { useClaimCoupon } from './promotions-buyer.queries';
import { useFeedback } from '../../shared/ui/feedback';

/** 店铺通用 or the product names. */
export function scopeText(t: TFunction, c: Pick<ShopCoupon, 'scope' | 'products'>): string {
  return c.scope === 'shop'
    ? t('promotionsBuyer.scope.shop')
    : t('promotionsBuyer.scope.products', { names: c.products.map((p) => p.name).join(t('promotionsBuyer.listSeparator')) });
}

function useViewer(): Viewer {
  const me = useMe();
  if (!me.data) return 'anonymous';
  return me.data.kind === 'buyer' ? 'buyer' : 'other';
}

function useClaim() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const claim = useClaimCoupon();
  const run = (couponId: string) =>
    claim.mutate(couponId, {
      onSuccess: () => void message.success(t('promotionsBuyer.coupons.claimSuccess')),
      onError: (err) => {
        // a session that ended on the way is handled by the auth events
        if (isApiError(err) && err.code === 'unauthenticated') return;
        void message.error(isApiError(err) && isClaimReason(err.code) ? t(`promotionsBuyer.reasons.${err.code}`) : errorMessage(t, err));
      },
    });
  return { run, pendingId: claim.isPending ? claim.variables : undefined };
}

interface TicketProps {
  coupon: ShopCoupon;
  viewer: Viewer;
  claiming: boolean;
  onClaim: () => void;
  onLogin: () => void;
}

/** One coupon as a ticket: the terms on the left, name, scope, validity and the button on the right. */
function CouponTicket({ coupon, viewer, claiming, onClaim, onLogin }: TicketProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const head = couponHeadline(t, coupon);
  const button = claimButton(coupon, viewer);
  const reason = coupon.reason && isClaimReason(coupon.reason) ? t(`promotionsBuyer.reasons.${coupon.reason}`) : undefined;
  const scope = scopeText(t, coupon);
  return (
    <div
      data-testid="coupon-ticket"
      style={{
        display: 'flex',
        width: 320,
        minHeight: 96,
        border: `1px solid ${token.colorErrorBorder}`,
        borderRadius: token.borderRadiusLG,
        overflow: 'hidden',
        background: token.colorBgContainer,
      }}
    >
      <Flex
        vertical
        align="center"
        justify="center"
        style={{ width: 104, flex: 'none', padding: '8px 6px', background: token.colorErrorBg, color: token.colorError, textAlign: 'center' }}
        title={couponTerms(t, coupon)}
      >
        <span style={{ fontSize: 22, fontWeight: 600, lineHeight: 1.2 }}>{head.main}</span>
        <span style={{ fontSize: 12 }}>{head.sub}</span>
      </Flex>
      <Flex vertical justify="space-between" gap={4} style={{ flex: 1, minWidth: 0, padding: '8px 12px' }}>
        <Typography.Text strong ellipsis={{ tooltip: coupon.name }}>
          {coupon.name}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: scope }}>
          {scope}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('promotionsBuyer.coupons.validity', { from: formatDate(coupon.validFrom), to: formatDate(coupon.validTo) })}
        </Typography.Text>
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {coupon.held > 0 ? `${t('promotionsBuyer.coupons.held', { count: coupon.held })} · ` : ''}
            {t('promotionsBuyer.coupons.remaining', { count: coupon.remaining })}
          </Typography.Text>
          <Tooltip title={button.action === 'none' ? reason : undefined}>
            <Button
              size="small"
              type={button.action === 'none' ? 'default' : 'primary'}
              danger={button.action !== 'none'}
              disabled={button.action === 'none'}
              loading={claiming}
              onClick={button.action === 'claim' ? onClaim : onLogin}
            >
              {t(`promotionsBuyer.coupons.${button.label}`)}
            </Button>
          </Tooltip>
        </Flex>
      </Flex>
    </div>
  );
}

/** The 优惠券 strip of a product or shop page; nothing when there is no coupon to show. */
export function CouponStrip({ coupons }: { coupons: readonly ShopCoupon[] }) {
  const viewer = useViewer();
  const navigate = useNavigate();
  const location = useLocation();
  const { run, pendingId } = useClaim();
  if (coupons.length === 0) return null;
  return (
    <Flex gap={12} wrap>
      {coupons.map((c) => (
        <CouponTicket
          key={c.id}
          coupon={c}
          viewer={viewer}
          claiming={pendingId === c.id}
          onClaim={() => run(c.id)}
          onLogin={() => void navigate(loginPathFor(location))}
        />
      ))}
    </Flex>
  );
}
