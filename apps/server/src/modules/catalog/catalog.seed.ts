import { productCodePrefixes, type BillingMode, type ProductType, type PurchaseUnit } from '@cloudmart/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { newId } from '../../platform/ids.js';
import { categories, productReviews, productSpecs, products, specMeters, specPrices } from './catalog.tables.js';

export interface CatalogSeedIds {
  categories: { enterpriseApps: string; website: string; api: string; security: string; devtools: string; images: string };
  products: {
    /** listed prepaid SaaS 智能客服 SaaS, SPI at http://127.0.0.1:3999/spi */
    customerService: string;
    /** listed prepaid service 网站建设服务 */
    websiteBuild: string;
    /** listed postpaid API OCR 文字识别 API */
    ocrApi: string;
    /** listed but hidden from the storefront's lists */
    hiddenScan: string;
    /** never submitted */
    draftToolbox: string;
    /** waiting for a listing review */
    pendingImage: string;
    /** Acme Cloud's listed product */
    acmeBackup: string;
  };
  specs: {
    csStandard: string;
    csPremium: string;
    csTrial: string;
    siteCorporate: string;
    siteShop: string;
    ocrPayg: string;
    scanBasic: string;
    acmeAgent: string;
  };
  pendingReviewId: string;
}

interface SpecSeed {
  name: string;
  trialDays?: number;
  hidden?: boolean;
  prices?: { unit: PurchaseUnit; duration: number; priceFen: number }[];
  meters?: { dimension: string; unitLabel: string; priceFen: number; per: number }[];
}

interface ProductSeed {
  sellerId: string;
  type: ProductType;
  billing: BillingMode;
  categoryId: string;
  name: string;
  summary: string;
  description: string;
  status: 'draft' | 'listed';
  reviewStatus: 'none' | 'pending' | 'approved';
  visible?: boolean;
  spiUrl?: string;
  spiSecret?: string;
  specs: SpecSeed[];
}

const DAY = 86_400_000;

async function insertProduct(tx: Db, now: Date, ageDays: number, p: ProductSeed): Promise<{ id: string; specIds: string[] }> {
  const createdAt = new Date(now.getTime() - ageDays * DAY);
  const id = newId('prd', createdAt);
  const listed = p.status === 'listed';
  await tx.insert(products).values({
    id,
    code: sql`${productCodePrefixes[p.type]} || nextval('product_no_seq')`,
    sellerId: p.sellerId,
    type: p.type,
    billing: p.billing,
    categoryId: p.categoryId,
    name: p.name,
    summary: p.summary,
    description: p.description,
    status: p.status,
    reviewStatus: p.reviewStatus,
    visible: p.visible ?? true,
    spiUrl: p.spiUrl ?? null,
    spiSecret: p.spiSecret ?? null,
    createdAt,
    updatedAt: createdAt,
    submittedAt: p.reviewStatus === 'none' ? null : new Date(createdAt.getTime() + DAY / 2),
    listedAt: listed ? new Date(createdAt.getTime() + DAY) : null,
  });
  const specIds: string[] = [];
  for (const [sort, s] of p.specs.entries()) {
    const specId = newId('spc', createdAt);
    specIds.push(specId);
    await tx.insert(productSpecs).values({
      id: specId,
      productId: id,
      name: s.name,
      hidden: s.hidden ?? false,
      isTrial: s.trialDays !== undefined,
      trialDays: s.trialDays ?? null,
      sort,
      createdAt,
    });
    if (s.prices?.length) await tx.insert(specPrices).values(s.prices.map((x) => ({ id: newId('spp', createdAt), specId, ...x })));
    if (s.meters?.length) await tx.insert(specMeters).values(s.meters.map((x) => ({ id: newId('spm', createdAt), specId, ...x })));
  }
  return { id, specIds };
}

const at = (ids: string[], i: number): string => {
  const id = ids[i];
  if (!id) throw new Error(`seed spec ${i} missing`);
  return id;
};

/** Categories, Demo ISV's products in every state the portal shows, and one Acme product. */
export async function seedCatalog(db: Db, now: Date, sellers: { demoSellerId: string; acmeSellerId: string }): Promise<CatalogSeedIds> {
  const cat = {
    enterpriseApps: newId('cat', now),
    website: newId('cat', now),
    api: newId('cat', now),
    security: newId('cat', now),
    devtools: newId('cat', now),
    images: newId('cat', now),
  };
  return db.transaction(async (tx) => {
    await tx.insert(categories).values([
      { id: cat.enterpriseApps, code: 'enterprise_apps', nameZh: '企业应用', nameEn: 'Enterprise apps', commissionBp: 1500, sort: 1 },
      { id: cat.website, code: 'website', nameZh: '网站建设', nameEn: 'Website building', commissionBp: 1000, sort: 2 },
      { id: cat.api, code: 'api', nameZh: 'API', nameEn: 'APIs', commissionBp: 2000, sort: 3 },
      { id: cat.security, code: 'security', nameZh: '安全', nameEn: 'Security', commissionBp: 1200, sort: 4 },
      { id: cat.devtools, code: 'devtools', nameZh: '开发者工具', nameEn: 'Developer tools', commissionBp: 800, sort: 5 },
      { id: cat.images, code: 'images', nameZh: '镜像', nameEn: 'Images', commissionBp: 500, sort: 6 },
    ]);
    const demo = sellers.demoSellerId;
    const cs = await insertProduct(tx, now, 60, {
      sellerId: demo,
      type: 'saas',
      billing: 'prepaid',
      categoryId: cat.enterpriseApps,
      name: '智能客服 SaaS',
      summary: '全渠道智能客服，机器人 + 人工坐席，开箱即用。',
      description: '支持网站、App、微信、小程序多渠道接入；智能机器人自动应答常见问题，复杂问题无缝转人工。',
      status: 'listed',
      reviewStatus: 'approved',
      spiUrl: 'http://127.0.0.1:3999/spi',
      spiSecret: 'demo-spi-secret-0123456789',
      specs: [
        {
          name: '标准版',
          prices: [
            { unit: 'month', duration: 1, priceFen: 9_900 },
            { unit: 'year', duration: 1, priceFen: 99_900 },
          ],
        },
        {
          name: '高级版',
          prices: [
            { unit: 'month', duration: 1, priceFen: 29_900 },
            { unit: 'year', duration: 1, priceFen: 299_900 },
          ],
        },
        { name: '免费试用', trialDays: 14 },
      ],
    });
    const site = await insertProduct(tx, now, 50, {
      sellerId: demo,
      type: 'service',
      billing: 'prepaid',
      categoryId: cat.website,
      name: '网站建设服务',
      summary: '企业官网、商城网站定制建设，含一年运维。',
      description: '需求沟通、设计、开发、上线一站式交付；响应式页面，适配手机与电脑。',
      status: 'listed',
      reviewStatus: 'approved',
      specs: [
        { name: '企业官网', prices: [{ unit: 'year', duration: 1, priceFen: 498_000 }] },
        { name: '商城网站', prices: [{ unit: 'year', duration: 1, priceFen: 998_000 }] },
      ],
    });
    const ocr = await insertProduct(tx, now, 40, {
      sellerId: demo,
      type: 'api',
      billing: 'postpaid',
      categoryId: cat.api,
      name: 'OCR 文字识别 API',
      summary: '身份证、票据、通用文字识别，按调用量计费。',
      description: '高精度文字识别接口，平均响应 300 ms；按实际调用次数后付费。',
      status: 'listed',
      reviewStatus: 'approved',
      specs: [{ name: '按量付费', meters: [{ dimension: 'calls', unitLabel: '次', priceFen: 1, per: 10 }] }],
    });
    const scan = await insertProduct(tx, now, 30, {
      sellerId: demo,
      type: 'service',
      billing: 'prepaid',
      categoryId: cat.security,
      name: '网站漏洞扫描服务',
      summary: '测试中的商品：已上架但前台隐藏，仅预览地址可访问。',
      description: '人工 + 工具结合的网站漏洞扫描，出具修复建议报告。',
      status: 'listed',
      reviewStatus: 'approved',
      visible: false,
      specs: [{ name: '基础版', prices: [{ unit: 'month', duration: 1, priceFen: 19_900 }] }],
    });
    const toolbox = await insertProduct(tx, now, 10, {
      sellerId: demo,
      type: 'download',
      billing: 'prepaid',
      categoryId: cat.devtools,
      name: '开发者工具箱（草稿）',
      summary: '尚未提交审核的草稿商品。',
      description: '',
      status: 'draft',
      reviewStatus: 'none',
      specs: [{ name: '个人版', prices: [{ unit: 'year', duration: 1, priceFen: 29_900 }] }],
    });
    const image = await insertProduct(tx, now, 5, {
      sellerId: demo,
      type: 'image',
      billing: 'prepaid',
      categoryId: cat.images,
      name: 'LNMP 运行环境镜像',
      summary: 'Linux + Nginx + MySQL + PHP 一键部署。',
      description: '预装 Nginx 1.26、MySQL 8.0、PHP 8.3，开机即用。',
      status: 'draft',
      reviewStatus: 'pending',
      specs: [{ name: '标准镜像', prices: [{ unit: 'month', duration: 1, priceFen: 4_900 }] }],
    });
    const pendingReviewId = newId('prv', now);
    await tx.insert(productReviews).values({
      id: pendingReviewId,
      productId: image.id,
      sellerId: demo,
      kind: 'listing',
      createdAt: new Date(now.getTime() - 5 * DAY + DAY / 2),
    });
    const acme = await insertProduct(tx, now, 20, {
      sellerId: sellers.acmeSellerId,
      type: 'download',
      billing: 'prepaid',
      categoryId: cat.devtools,
      name: 'Acme Backup Agent',
      summary: 'File and database backup agent for Linux and Windows.',
      description: 'Incremental backups to any S3-compatible storage, with encryption and retention policies.',
      status: 'listed',
      reviewStatus: 'approved',
      specs: [{ name: 'Standard', prices: [{ unit: 'year', duration: 1, priceFen: 59_900 }] }],
    });
    return {
      categories: cat,
      products: {
        customerService: cs.id,
        websiteBuild: site.id,
        ocrApi: ocr.id,
        hiddenScan: scan.id,
        draftToolbox: toolbox.id,
        pendingImage: image.id,
        acmeBackup: acme.id,
      },
      specs: {
        csStandard: at(cs.specIds, 0),
        csPremium: at(cs.specIds, 1),
        csTrial: at(cs.specIds, 2),
        siteCorporate: at(site.specIds, 0),
        siteShop: at(site.specIds, 1),
        ocrPayg: at(ocr.specIds, 0),
        scanBasic: at(scan.specIds, 0),
        acmeAgent: at(acme.specIds, 0),
      },
      pendingReviewId,
    };
  });
}
