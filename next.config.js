/** @type {import('next').NextConfig} */
module.exports = {
  output: 'export',
  // out/fr/index.html rather than out/fr.html: any static server works.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
};
