/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, run from the Vendure install folder (bootstrap.sh) so require finds Vendure */
// Vendure configuration for the peer benchmark: PostgreSQL, the dummy payment handler, no
// optional plugins (no search index, no email, no asset server), bearer and cookie sessions.
const { dummyPaymentHandler } = require('@vendure/core');

function vendureConfig({ databaseUrl, port, synchronize }) {
  const u = new URL(databaseUrl);
  return {
    apiOptions: { port, hostname: '127.0.0.1', adminApiPath: 'admin-api', shopApiPath: 'shop-api', adminApiPlayground: false, shopApiPlayground: false },
    authOptions: {
      tokenMethod: ['bearer', 'cookie'],
      cookieOptions: { secret: 'cm-peer-bench' },
      superadminCredentials: { identifier: 'superadmin', password: 'superadmin' },
      requireVerification: false,
    },
    dbConnectionOptions: {
      type: 'postgres',
      host: u.hostname,
      port: Number(u.port || 5432),
      username: decodeURIComponent(u.username || 'postgres'),
      password: decodeURIComponent(u.password || ''),
      database: u.pathname.slice(1),
      synchronize,
      logging: false,
      // the same pool size as Cloudmart's pg pool (node-postgres default, 10)
      extra: { max: 10 },
    },
    paymentOptions: { paymentMethodHandlers: [dummyPaymentHandler] },
    logger: undefined,
    plugins: [],
  };
}

module.exports = { vendureConfig };
