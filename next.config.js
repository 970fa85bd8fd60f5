// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'sharp'],
  poweredByHeader: false,
  // Several instances: Next's incremental cache and tag expiry live in Redis (see
  // lib/cache/shared-cache-handler.mjs). Read when the server starts, so REDIS_URL at run time
  // decides; without it Next keeps its own cache in this process's memory.
  ...(process.env.REDIS_URL ? { cacheHandler: require.resolve('./lib/cache/shared-cache-handler.mjs'), cacheMaxMemorySize: 0 } : {}),
  experimental: {
    // Rendered pages are cached in memory only. A disk copy would outlive the process and
    // the cache tags expired in it, and after a restart (or a seed run) serve stale pages.
    // Several instances share a cache through a cache handler instead (see DESIGN.md).
    isrFlushToDisk: false,
  },
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
    return { beforeFiles: [{ source: '/', destination: '/trang-chu' }] };
  },
  async headers() {
    const { nextConfigHeaders } = await import('./lib/security/headers.mjs');
    return nextConfigHeaders();
  },
};

module.exports = nextConfig;
