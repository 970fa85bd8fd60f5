import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

const alias = {
  '@': root,
  // Outside Next.js there is no client bundle to protect; the marker is a no-op here.
  'server-only': path.join(root, 'tests/support/empty.ts'),
};

const integration = (name: string, engine: 'pglite' | 'postgres') => ({
  resolve: { alias },
  test: {
    name,
    include: ['tests/integration/**/*.test.ts'],
    env: { NEWSROOM_TEST_ENGINE: engine },
    setupFiles: ['tests/support/database.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      // The source scans (words-in-one-place) read every file: seconds on a loaded 2-core machine, past the 5 s default.
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      integration('integration-pglite', 'pglite'),
      // PostgreSQL too, whenever there is one to test against.
      ...(process.env.DATABASE_URL ? [integration('integration-postgres', 'postgres')] : []),
    ],
  },
});
