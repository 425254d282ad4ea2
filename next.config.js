/** @type {import('next').NextConfig} */
module.exports = {
  output: 'export',
  // out/fr/index.html rather than out/fr.html: any static server works.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // One not-found page for the several root layouts (app/global-not-found.tsx): lang, links to /fr/ /en/ /ar/.
  experimental: { globalNotFound: true },
  // scripts/test-all.sh runs `tsc --noEmit` (the same tsconfig) just before the build and sets SESAME_TYPECHECKED=1
  // once it passed: the build does not type-check a second time (17 s of the 2-core CI). `npm run build` alone still does.
  typescript: { ignoreBuildErrors: process.env.SESAME_TYPECHECKED === '1' },
};
