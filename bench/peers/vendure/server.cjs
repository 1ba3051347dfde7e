/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, run from the Vendure install folder (bootstrap.sh) so require finds Vendure */
// Starts Vendure's server (no worker: the bench needs no background jobs).
//   node server.cjs <databaseUrl> <port>
const { bootstrap, DefaultLogger, LogLevel } = require('@vendure/core');
const { vendureConfig } = require('./vendure-config.cjs');

const [databaseUrl, port] = process.argv.slice(2);
const config = vendureConfig({ databaseUrl, port: Number(port), synchronize: false });
config.logger = new DefaultLogger({ level: LogLevel.Warn });
bootstrap(config)
  .then(() => console.log(`vendure listening on ${port}`))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
