// How every launcher (npm start, the e2e server, the cluster, the bench) runs one production
// server: `node --max-old-space-size=<SERVER_HEAP_MB> scripts/server.mjs`.
//
// Why a heap limit: V8 lets the old generation grow by a factor that depends on the limit — up to
// 4× when the limit is 2 GB or more (the default here is about 4 GB on a 24 GiB machine), less below
// it. Under load the server's heap is mostly short-lived garbage (rendered pages), so with V8's
// default it swelled to about 600 MiB of RSS in `npm run bench` at 10,000 stories; with 1536 MB it
// peaked at 320–330 MiB with the same throughput. 1024 MB kept it near 300 MiB but cost 10–20 % of
// the cached pages' throughput in more frequent full collections (three runs each, same machine).
//
// Why MALLOC_ARENA_MAX: glibc's malloc gives each thread that allocates an arena of its own (up to
// 8 a core) and rarely hands their free pages back. The server's native work runs on threads —
// sharp/libvips making each photo width and format on first request, zlib, fs. Transcoding the
// home page's 165 photo variants (4 at a time) took a fresh server from 130 to 529–601 MiB of RSS
// with glibc's default, 423–448 with two arenas, 358–367 with one, in the same 7–8.6 s; the
// JavaScript heap stayed at 60–70 MB (sharp's own documentation warns of glibc here). Page
// throughput in `npm run bench` did not change measurably. See serverEnv.
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

/** glibc malloc arenas for the server's threads, unless MALLOC_ARENA_MAX is set. */
export const DEFAULT_MALLOC_ARENAS = 1;

/**
 * The environment of one server: `env` with MALLOC_ARENA_MAX, which glibc reads when the process
 * starts (so a launcher sets it for the child; setting it inside the server would be too late).
 * A value already set, by the operator or the systemd unit, is kept; musl and other allocators
 * ignore it.
 * @param {Record<string, string | undefined>} env
 * @returns {Record<string, string | undefined>}
 */
export function serverEnv(env) {
  return env.MALLOC_ARENA_MAX?.trim() ? env : { ...env, MALLOC_ARENA_MAX: String(DEFAULT_MALLOC_ARENAS) };
}
