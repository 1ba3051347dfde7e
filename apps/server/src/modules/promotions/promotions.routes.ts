import {
  buyerCouponListQuery,
  buyerCouponSchema,
  couponBody,
  couponHolderSchema,
  couponListQuery,
  couponSchema,
  couponSendBody,
  couponSendReply,
  discountBody,
  discountListQuery,
  discountSchema,
  productOffersQuery,
  productOffersSchema,
  promotionProductsReply,
  realNameBody,
  realNameStatusSchema,
  shopCouponSchema,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor, sellerOf } from '../../platform/auth/actor.js';
import { pageQuery, pageSchema } from '../../platform/http/pagination.js';
import type { App, Deps } from '../../platform/module.js';
import { claimCoupon, listBuyerCoupons } from './buyer-coupons.service.js';
import { createCoupon, getCoupon, listCoupons, listHolders, sendCoupon, voidCoupon } from './coupons.service.js';
import { createDiscount, deleteDiscount, getDiscount, listDiscounts, promotionProducts, publishDiscount, updateDiscount } from './discounts.service.js';
import { managePromotions as manage, viewPromotions as view } from './promotions.permissions.js';
import { getRealName, verifyRealName } from './real-name.service.js';
import { productOffers, shopCouponsOf } from './store-offers.service.js';

const tags = ['promotions'];
const idParams = z.object({ id: z.string().min(1).max(64) });
const buyer = { auth: 'buyer' } as const;
const open = { auth: 'public' } as const;

const seller = (actor: Parameters<typeof sellerOf>[0]) => {
  const s = sellerOf(actor);
  return { sellerId: s.sellerId, userId: s.actor.userId };
};

function sellerDiscountRoutes(app: App, deps: Deps): void {
  app.get(
    '/seller/discounts',
    {
      config: view,
      schema: { tags, summary: '商品优惠设置: the seller’s discounts', querystring: discountListQuery, response: { 200: pageSchema(discountSchema) } },
    },
    async (req) => listDiscounts(deps, sellerOf(req.actor).sellerId, req.query),
  );
  app.post(
    '/seller/discounts',
    { config: manage, schema: { tags, summary: '创建优惠 (starts 预发布)', body: discountBody, response: { 201: discountSchema } } },
    async (req, res) => {
      res.status(201);
      return createDiscount(deps, seller(req.actor), req.body);
    },
  );
  app.get(
    '/seller/discounts/:id',
    { config: view, schema: { tags, summary: 'One discount', params: idParams, response: { 200: discountSchema } } },
    async (req) => getDiscount(deps, sellerOf(req.actor).sellerId, req.params.id),
  );
  app.put(
    '/seller/discounts/:id',
    { config: manage, schema: { tags, summary: '编辑优惠', params: idParams, body: discountBody, response: { 200: discountSchema } } },
    async (req) => updateDiscount(deps, sellerOf(req.actor).sellerId, req.params.id, req.body),
  );
  app.post(
    '/seller/discounts/:id/publish',
    { config: manage, schema: { tags, summary: '确定发布 (only from 预发布)', params: idParams, response: { 200: discountSchema } } },
    async (req) => publishDiscount(deps, sellerOf(req.actor).sellerId, req.params.id),
  );
  app.delete('/seller/discounts/:id', { config: manage, schema: { tags, summary: '删除优惠 (soft, any state)', params: idParams } }, async (req, reply) => {
    await deleteDiscount(deps, sellerOf(req.actor).sellerId, req.params.id);
    return reply.status(204).send();
  });
  app.get(
    '/seller/promotion-products',
    { config: view, schema: { tags, summary: 'The seller’s products with specs and prices, for the pickers', response: { 200: promotionProductsReply } } },
    async (req) => promotionProducts(deps, sellerOf(req.actor).sellerId),
  );
}

function sellerCouponRoutes(app: App, deps: Deps): void {
  app.get(
    '/seller/coupons',
    {
      config: view,
      schema: { tags, summary: '优惠券设置: the seller’s coupons with counts', querystring: couponListQuery, response: { 200: pageSchema(couponSchema) } },
    },
    async (req) => listCoupons(deps, sellerOf(req.actor).sellerId, req.query),
  );
  app.post(
    '/seller/coupons',
    { config: manage, schema: { tags, summary: '发布优惠券', body: couponBody, response: { 201: couponSchema } } },
    async (req, res) => {
      res.status(201);
      return createCoupon(deps, seller(req.actor), req.body);
    },
  );
  app.get(
    '/seller/coupons/:id',
    { config: view, schema: { tags, summary: '优惠券详情 with counts', params: idParams, response: { 200: couponSchema } } },
    async (req) => getCoupon(deps, sellerOf(req.actor).sellerId, req.params.id),
  );
  app.get(
    '/seller/coupons/:id/holders',
    {
      config: view,
      schema: { tags, summary: 'Who holds the coupon', params: idParams, querystring: pageQuery, response: { 200: pageSchema(couponHolderSchema) } },
    },
    async (req) => listHolders(deps, sellerOf(req.actor).sellerId, req.params.id, req.query),
  );
  app.post(
    '/seller/coupons/:id/void',
    { config: manage, schema: { tags, summary: '作废 (once)', params: idParams, response: { 200: couponSchema } } },
    async (req) => voidCoupon(deps, sellerOf(req.actor).sellerId, req.params.id),
  );
  app.post(
    '/seller/coupons/:id/send',
    {
      config: manage,
      schema: {
        tags,
        summary: '发放优惠券 to buyers by UID (each within the issue count and the per-buyer limit)',
        params: idParams,
        body: couponSendBody,
        response: { 200: couponSendReply },
      },
    },
    async (req) => sendCoupon(deps, sellerOf(req.actor).sellerId, req.params.id, req.body),
  );
}

function storeAndBuyerRoutes(app: App, deps: Deps): void {
  app.get(
    '/store/products/:id/offers',
    {
      config: open,
      schema: {
        tags,
        summary: 'Best prices and shop coupons of a product for this viewer',
        params: idParams,
        querystring: productOffersQuery,
        response: { 200: productOffersSchema },
      },
    },
    async (req) => productOffers(deps, req.params.id, req.query.client, req.actor),
  );
  app.get(
    '/store/shops/:sellerCode/coupons',
    {
      config: open,
      schema: {
        tags,
        summary: 'A shop’s coupons (在店铺中显示)',
        params: z.object({ sellerCode: z.string().min(1).max(64) }),
        response: { 200: z.object({ items: z.array(shopCouponSchema) }) },
      },
    },
    async (req) => shopCouponsOf(deps, req.params.sellerCode, req.actor),
  );
  app.post(
    '/buyer/coupons/:couponId/claim',
    {
      config: buyer,
      schema: { tags, summary: '领取优惠券', params: z.object({ couponId: z.string().min(1).max(64) }), response: { 201: buyerCouponSchema } },
    },
    async (req, res) => {
      res.status(201);
      return claimCoupon(deps, requireActor(req.actor).userId, req.params.couponId);
    },
  );
  app.get(
    '/buyer/coupons',
    { config: buyer, schema: { tags, summary: '我的优惠券', querystring: buyerCouponListQuery, response: { 200: pageSchema(buyerCouponSchema) } } },
    async (req) => listBuyerCoupons(deps, requireActor(req.actor).userId, req.query),
  );
  app.get('/buyer/real-name', { config: buyer, schema: { tags, summary: '实名认证 status', response: { 200: realNameStatusSchema } } }, async (req) =>
    getRealName(deps, requireActor(req.actor).userId),
  );
  app.post(
    '/buyer/real-name',
    { config: buyer, schema: { tags, summary: 'Sandbox 实名认证', body: realNameBody, response: { 200: realNameStatusSchema } } },
    async (req) => verifyRealName(deps, requireActor(req.actor).userId, req.body),
  );
}

export function promotionsRoutes(app: App, deps: Deps): void {
  sellerDiscountRoutes(app, deps);
  sellerCouponRoutes(app, deps);
  storeAndBuyerRoutes(app, deps);
}
