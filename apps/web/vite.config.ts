import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Writes `x.br` and `x.gz` beside every text file of the build, once, at full compression:
 * the server sends them with Content-Encoding when the browser accepts it (no compression
 * work per request). Files under 1 KB are not worth it.
 */
function precompress(): Plugin {
  return {
    name: 'cloudmart:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const files = Object.keys(bundle).filter((f) => /\.(js|css|html|svg|json)$/.test(f));
      await Promise.all(
        files.map(async (f) => {
          const data = await readFile(join(dir, f));
          if (data.length < 1024) return;
          const [br, gzipped] = await Promise.all([
            brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
            gz(data, { level: 9 }),
          ]);
          await Promise.all([writeFile(join(dir, `${f}.br`), br), writeFile(join(dir, `${f}.gz`), gzipped)]);
        }),
      );
    },
  };
}

/**
 * antd's form context (which Modal and ConfigProvider reach) imports `FormProvider` from
 * `@rc-component/form`'s index, and that index assigns Field, List and useForm onto the form
 * component — writes the bundler must keep — so every page's first load carried the whole form
 * library and its async validator (~13 KB gzip). Point that one import at the module that defines
 * `FormProvider`; pages with forms still import the full library and get it with their chunks.
 */
function formProviderOnly(): Plugin {
  return {
    name: 'cloudmart:form-provider-only',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== '@rc-component/form' || !importer || !/antd[\\/]es[\\/]form[\\/]context\.js$/.test(importer)) return null;
      return this.resolve('@rc-component/form/es/FormContext.js', importer, { skipSelf: true });
    },
  };
}

export default defineConfig({
  plugins: [react(), formProviderOnly(), precompress()],
  // The app is written against React's API (and type-checked with @types/react) and runs on
  // Preact's compat layer, in development and in the build alike: react-dom was ~61 KB gzip of
  // every portal's first load, preact/compat is ~7 (issue 11 item 10, docs/performance.md).
  // antd, the router, react-query and react-i18next use only what compat provides; the browser
  // journeys (e2e/) run against this build.
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/bundle-budget.mjs reads it to measure each portal's initial JavaScript
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The libraries every page needs before its first paint, in one chunk: left to the
          // default splitting they sit in several shared chunks, each gzipped on its own, and
          // the first load was ~4 KB (gzip) larger (scripts/bundle-budget.mjs). Only what the
          // entry imports statically belongs here; antd is left to the default (most of it
          // loads with the pages that use it).
          groups: [
            { name: 'vendor', test: /node_modules[\\/](preact|react|react-dom|scheduler|react-router|i18next|react-i18next|@tanstack[\\/][^\\/]+|zod)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
