import path from 'node:path';

/** The folder for PGlite's data and local media: NEWSROOM_DATA_DIR, or ./data. */
export function dataDir(): string {
  // Chosen at run time; the bundler must not try to trace it.
  return path.resolve(/* turbopackIgnore: true */ process.env.NEWSROOM_DATA_DIR ?? 'data');
}
