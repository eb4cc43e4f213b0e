// What the browser downloads for a screen: the entry chunk, the screen's route modules and every
// chunk they import statically, read from Vite's build manifest and compressed as a server would.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const screens = {
  'sign-in': ['index.html', 'src/app/routes/sign-in.tsx'],
  dashboard: [
    'index.html',
    'src/app/routes/with-queries.tsx',
    'src/app/routes/cohort/layout.tsx',
    'src/app/routes/cohort/dashboard.tsx',
  ],
};

/** A production build with stand-in Firebase settings (sizes do not depend on their values). */
export function buildForMeasurement(root, outDir) {
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        VITE_FIREBASE_API_KEY: 'size-check',
        VITE_FIREBASE_AUTH_DOMAIN: 'size-check.firebaseapp.com',
        VITE_FIREBASE_PROJECT_ID: 'size-check',
        VITE_FIREBASE_APP_ID: 'size-check',
        VITE_APPCHECK_SITE_KEY: 'size-check-recaptcha-site-key',
      },
    },
  );
  if (result.status !== 0) throw new Error('The production build failed.');
}

function compressed(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** For each screen: its chunks with raw, gzip and brotli bytes, and the totals for JS and CSS. */
export function screenSizes(outDir) {
  const manifest = JSON.parse(readFileSync(resolve(outDir, '.vite/manifest.json'), 'utf8'));
  const result = {};
  for (const [screen, keys] of Object.entries(screens)) {
    const files = new Set();
    const visit = (key) => {
      const chunk = manifest[key];
      if (!chunk) throw new Error(`${key} is not in the build manifest`);
      if (files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const css of chunk.css ?? []) files.add(css);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    keys.forEach(visit);
    const chunks = [...files].map((file) => ({ file, ...compressed(resolve(outDir, file)) }));
    const total = (ext) =>
      chunks
        .filter((c) => c.file.endsWith(ext))
        .reduce(
          (sum, c) => ({
            raw: sum.raw + c.raw,
            gzip: sum.gzip + c.gzip,
            brotli: sum.brotli + c.brotli,
          }),
          {
            raw: 0,
            gzip: 0,
            brotli: 0,
          },
        );
    result[screen] = {
      chunks: chunks.sort((a, b) => b.gzip - a.gzip),
      js: total('.js'),
      css: total('.css'),
    };
  }
  return result;
}

export const kb = (bytes) => (bytes / 1000).toFixed(1);
