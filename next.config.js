/** @type {import('next').NextConfig} */
module.exports = {
  output: 'export',
  // out/fr/index.html rather than out/fr.html: any static server works.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // One not-found page for the several root layouts (app/global-not-found.tsx): lang, links to /fr/ /en/ /ar/.
  experimental: { globalNotFound: true },
};
