// Serwist "configurator mode" (works with the Turbopack static export): `serwist build serwist.config.mjs`
// runs after `next build`, bundles app/sw.ts into out/sw.js and injects the precache manifest.
// Precached: every exported page (out/**/index.html), JS, CSS, icons, and the commune files by postal
// prefix (public/communes/*.json, 1.4 MB, what "where to file" needs for a postcode). The commune name
// files (public/communes/names/, 1.4 MB more) are cached at run time by the worker, once searched.
import { serwist } from '@serwist/next/config';

export default serwist({
  precachePrerendered: false, // otherwise .next/server/app/*.html adds '/fr' beside '/fr/'
  swSrc: 'app/sw.ts',
  swDest: 'out/sw.js',
  globDirectory: '.',
  globPatterns: ['out/**/*.{js,css,html,ico,svg,png,json,webmanifest}'],
  globIgnores: ['out/sw.js', 'out/swe-worker-*.js', 'out/communes/names/**', 'out/404/**', 'out/_not-found/**'],
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  manifestTransforms: [
    async (entries) => ({
      warnings: [],
      manifest: entries.map((e) => {
        let url = e.url.replace(/^out\//, '/');
        if (url.endsWith('/index.html')) url = url.slice(0, -'index.html'.length);
        return { ...e, url };
      }),
    }),
  ],
});
