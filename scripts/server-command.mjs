// How every launcher (npm start, the e2e server, the cluster, the bench) runs one production
// server: `node --max-old-space-size=<SERVER_HEAP_MB> scripts/server.mjs`.
//
// Why a heap limit: V8 lets the old generation grow by a factor that depends on the limit — up to
// 4× when the limit is 2 GB or more (the default here is about 4 GB on a 24 GiB machine), less below
// it. Under load the server's heap is mostly short-lived garbage (rendered pages), so with V8's
// default it swelled to about 600 MiB of RSS in `npm run bench` at 10,000 stories; with 1536 MB it
// peaked at 320–330 MiB with the same throughput. 1024 MB kept it near 300 MiB but cost 10–20 % of
// the cached pages' throughput in more frequent full collections (three runs each, same machine).
// Plain JavaScript so that the .mjs launchers import it without a build step.

export const DEFAULT_SERVER_HEAP_MB = 1536;

/**
 * The heap limit in MB from SERVER_HEAP_MB: a whole number of at least 128, or 0 for V8's own
 * default (no flag). Anything else — empty, not a number, too small for the server to start —
 * falls back to the default rather than stopping a deploy or starting a server that dies.
 * @param {string | undefined} value
 * @returns {number}
 */
export function serverHeapMb(value) {
  if (value === undefined || value.trim() === '') return DEFAULT_SERVER_HEAP_MB;
  const mb = Number(value);
  if (mb === 0) return 0;
  return Number.isInteger(mb) && mb >= 128 ? mb : DEFAULT_SERVER_HEAP_MB;
}

/**
 * Node's arguments for one server, to pass to spawn(process.execPath, …) from the project's root.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string[]}
 */
export function serverArgs(env = process.env) {
  const mb = serverHeapMb(env.SERVER_HEAP_MB);
  return [...(mb > 0 ? [`--max-old-space-size=${mb}`] : []), 'scripts/server.mjs'];
}
