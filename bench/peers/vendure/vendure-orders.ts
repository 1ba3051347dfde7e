// Vendure orders at scale, set-based: copies of real orders the shop API placed (order, its one
// order line, shipping line and payment, and its channel links), with generate_series, so every
// foreign key points at a real row. Order g belongs to seller channel bench-(1 + g % S), and gets
// the state and placement time bench/generate.ts gives Cloudmart's order g: paid 4/7, over the
// last 525,600 minutes. Order history entries and stock movements are not copied (the list
// reads neither).
import type pg from 'pg';
import { columnsOf } from './vendure-server.js';

/** Generated rows take ids from here up, far above what the API made. */
const BASE = 10_000_000;

// Cloudmart's paid / unpaid / voided / refunded, as Vendure order states
const STATE = `(array['PaymentSettled','PaymentSettled','PaymentSettled','PaymentSettled','ArrangingPayment','Cancelled','Cancelled'])[1 + (g / 7) % 7]`;
const PLACED = `(now() at time zone 'utc') - (g % 525600) * interval '1 minute'`;

async function copy(client: pg.Client, table: string, overrides: Record<string, string>, from: string, range: [number, number]): Promise<void> {
  const cols = await columnsOf(client, table);
  const select = cols.map((c) => overrides[c] ?? `t."${c}"`);
  await client.query(`insert into "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) select ${select.join(', ')} ${from}`, range);
}

export async function generateVendureOrders(client: pg.Client, opts: { from: number; to: number; sellers: number }, log: (s: string) => void): Promise<void> {
  const started = performance.now();
  // templates: settled orders the API made, with exactly one line, shipping line and payment
  await client.query(`drop table if exists bench_tpl`);
  await client.query(`create unlogged table bench_tpl as
    select (row_number() over (order by o.id) - 1)::int as rn, o.id as order_id, min(l.id) as line_id, min(s.id) as sl_id, min(p.id) as pay_id
    from "order" o join order_line l on l."orderId" = o.id join shipping_line s on s."orderId" = o.id join payment p on p."orderId" = o.id
    where o.state = 'PaymentSettled' and o.id < ${BASE}
    group by o.id having count(distinct l.id) = 1 and count(distinct s.id) = 1 and count(distinct p.id) = 1`);
  const k = Number((await client.query<{ n: string }>(`select count(*) as n from bench_tpl`)).rows[0]?.n ?? 0);
  if (k === 0) throw new Error('no settled Vendure orders to copy: run the placement workload first');
  log(`${k} template orders`);
  const batch = 100_000;
  for (let lo = opts.from; lo <= opts.to; lo += batch) {
    const range: [number, number] = [lo, Math.min(opts.to, lo + batch - 1)];
    const join = (table: string, key: string): string =>
      `from generate_series($1::int, $2::int) g join bench_tpl x on x.rn = g % ${k} join "${table}" t on t.id = x.${key}`;
    await copy(
      client,
      'order',
      {
        id: `${BASE} + g`,
        code: `'BENCH' || g`,
        state: STATE,
        active: 'false',
        orderPlacedAt: PLACED,
        createdAt: `${PLACED} - interval '5 minutes'`,
        updatedAt: PLACED,
      },
      join('order', 'order_id'),
      range,
    );
    await copy(client, 'shipping_line', { id: `${BASE} + g`, orderId: `${BASE} + g` }, join('shipping_line', 'sl_id'), range);
    await copy(client, 'order_line', { id: `${BASE} + g`, orderId: `${BASE} + g`, shippingLineId: `${BASE} + g` }, join('order_line', 'line_id'), range);
    await copy(client, 'payment', { id: `${BASE} + g`, orderId: `${BASE} + g` }, join('payment', 'pay_id'), range);
    await client.query(
      `insert into order_channels_channel ("orderId", "channelId")
       select ${BASE} + g, 1 from generate_series($1::int, $2::int) g
       union all select ${BASE} + g, 1000 + 1 + g % ${opts.sellers} from generate_series($1::int, $2::int) g`,
      range,
    );
    log(`orders: ${range[1].toLocaleString('en-US')}`);
  }
  for (const t of ['order', 'order_line', 'shipping_line', 'payment']) {
    await client.query(`select setval('${t}_id_seq', (select max(id) from "${t}"))`);
  }
  await client.query(`drop table bench_tpl`);
  await client.query(`vacuum analyze`);
  log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
