/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, run from the Vendure install folder (bootstrap.sh) so require finds Vendure */
// Creates Vendure's schema (synchronize) and a small catalogue with Vendure's own populate():
// one channel (the default), one zone with one country, one tax rate, one shipping method,
// the dummy payment method (settles at once) and one product with one variant.
//   node populate.cjs <databaseUrl> <port>
const path = require('node:path');
const { bootstrap, DefaultLogger, LogLevel, LanguageCode, dummyPaymentHandler } = require('@vendure/core');
const { populate } = require('@vendure/core/cli');
const { vendureConfig } = require('./vendure-config.cjs');

const [databaseUrl, port] = process.argv.slice(2);
const config = vendureConfig({ databaseUrl, port: Number(port), synchronize: true });
config.logger = new DefaultLogger({ level: LogLevel.Warn });
config.importExportOptions = { importAssetsDir: __dirname };

const initialData = {
  defaultLanguage: LanguageCode.en,
  defaultZone: 'Europe',
  taxRates: [{ name: 'Standard Tax', percentage: 20 }],
  shippingMethods: [{ name: 'Standard Shipping', price: 500 }],
  paymentMethods: [{ name: 'Standard Payment', handler: { code: dummyPaymentHandler.code, arguments: [{ name: 'automaticSettle', value: 'true' }] } }],
  collections: [],
  countries: [{ name: 'Germany', code: 'DE', zone: 'Europe' }],
};

populate(() => bootstrap(config), initialData, path.join(__dirname, 'products.csv'))
  .then(async (app) => {
    await app.close();
    console.log('vendure populated');
    process.exit(0);
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
