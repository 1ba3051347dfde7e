import type { DemoUser } from './demo-session.js';

type Beat = (at: Date, what: string, run: () => Promise<void>) => void;

interface Story {
  beat: Beat;
  /** day `d` of the story at hh:mm Beijing time */
  on: (d: number, h: number, m?: number) => Date;
  /** a new visitor, not signed in, with a cookie jar of its own (its own cm_vid) */
  visitor: () => DemoUser;
}

/** A browser's User-Agent: the tracking endpoint drops bots and an empty agent. */
const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

/**
 * 经营数据's traffic (guide 7), sent the way the storefront sends it — through POST /track, one
 * anonymous visitor per cookie — over the story's last 30 days, so 总览 / 流量 / 商品 and 商品成长's
 * 营销力 have figures: each day a few visitors open a Demo ISV product page (a 20 s–3 min stay);
 * some go on to the shop page, the others leave after one page (跳失). The day's rollup is the
 * analytics sweep's, run by the story's clock like every other sweep.
 */
export function trafficBeats(story: Story, days: { from: number; to: number }, products: readonly string[], shopCode: string): void {
  const { beat, on, visitor } = story;
  for (let d = days.from; d <= days.to; d++) {
    const visitors = 4 + ((d * 7) % 6);
    for (let i = 0; i < visitors; i++) {
      const productId = products[(d + i) % products.length] ?? '';
      const dwellMs = (20 + ((d * 13 + i * 29) % 160)) * 1000;
      const toShop = (d + i) % 3 !== 0;
      beat(on(d, 9 + (i % 10), (i * 7) % 60), `traffic: day ${d} visitor ${i}`, async () => {
        const v = visitor();
        const sessionId = `demo-s-${d}-${i}-x`;
        const view = `demo-v-${d}-${i}-p`;
        const events: object[] = [
          { viewId: view, type: 'view', page: 'product', productId },
          { viewId: view, type: 'leave', page: 'product', productId, dwellMs },
        ];
        if (toShop) {
          const shopView = `demo-v-${d}-${i}-s`;
          events.push(
            { viewId: shopView, type: 'view', page: 'shop', sellerId: shopCode },
            { viewId: shopView, type: 'leave', page: 'shop', sellerId: shopCode, dwellMs: 15_000 },
          );
        }
        await v.post('/track', { sessionId, events }, { 'user-agent': BROWSER });
      });
    }
  }
}
