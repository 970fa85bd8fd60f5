// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'sharp'],
  poweredByHeader: false,
  // scripts/server.mjs sets the ETag of a page once per page, not on every request (lib/server/text-bytes.mjs).
  generateEtags: false,
  // scripts/server.mjs compresses instead, beneath that ETag (`sendPages` in lib/server/text-bytes.mjs).
  compress: false,
  // Next's incremental cache and tag expiry (see lib/cache/cache-handler.mjs): in Redis, shared by
  // several instances, when REDIS_URL is set when the server starts; otherwise in this process's
  // memory. Either way an entry rendered before a tag's expiry and stored after it is not served.
  cacheHandler: require.resolve('./lib/cache/cache-handler.mjs'),
  cacheMaxMemorySize: 0, // the handler keeps the memory copy itself

  images: {
    localPatterns: [{ pathname: '/media/**' }],
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 828, 1080, 1200],
    imageSizes: [96, 160, 256, 320],
    minimumCacheTTL: 31536000,
  },
  async redirects() {
    // The home page is served by the [section] route (see HOME_SEGMENT in lib/site/routes.ts);
    // its internal name must never become a public URL.
    return [{ source: '/trang-chu', destination: '/', permanent: true }];
  },
  async rewrites() {
    // A WordPress query address (/?p=12, /?cat=3, /?tag=x, /?page_id=5) of a site this one imported goes to the
    // page that redirects it (OLD_QUERY_SEGMENT in lib/site/routes.ts); every other request for / is the home page.
    const oldQueries = [
      ['p', '\\d{1,12}'],
      ['page_id', '\\d{1,12}'],
      ['cat', '\\d{1,12}'],
      ['tag', '[A-Za-z0-9_%-]{1,200}'],
    ].map(([key, value]) => ({
      source: '/',
      has: [{ type: /** @type {const} */ ('query'), key, value: `(?<value>${value})` }],
      destination: `/trang-chu/dia-chi-cu/${key}/:value`,
    }));
    return { beforeFiles: [...oldQueries, { source: '/', destination: '/trang-chu' }] };
  },
  async headers() {
    const { nextConfigHeaders } = await import('./lib/security/headers.mjs');
    return nextConfigHeaders();
  },
};

module.exports = nextConfig;
