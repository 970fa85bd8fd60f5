/**
 * npm run bench [-- --articles 10000 --duration 15 --connections 50 --database newsroom_bench --only search|photos --no-prefetch]
 *
 * Builds a dataset of the stated size (PostgreSQL when DATABASE_URL is set, in a database
 * of its own on that server; otherwise PGlite in .bench-data), starts the production
 * server (scripts/server.mjs, as npm start runs it), and loads the home page, a section, an article and a search page with autocannon;
 * then the home page, the section and the article again, each view followed by the prefetches a
 * desktop Chromium sent after opening it (scripts/bench-prefetch.ts), to compare page views per second.
 * Prints req/s and latency percentiles per page, the server's peak RSS (so far, after each page), the dataset size
 * and the engine, and writes them to bench-results/latest.json. It measures; it asserts nothing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { capturePrefetches, type CapturedRequest } from './bench-prefetch';
import { argValue } from './cli';
import { serverArgs, serverEnv, serverHeapMb } from './server-command.mjs';

const root = path.resolve(__dirname, '..');
const articles = Number(argValue('articles') ?? 10_000);
const duration = Number(argValue('duration') ?? 15);
const connections = Number(argValue('connections') ?? 50);
const port = Number(argValue('port') ?? 3200);
const base = `http://localhost:${port}`;
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, cwd: root });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

async function benchEnv(): Promise<{ env: NodeJS.ProcessEnv; engine: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    SITE_URL: base,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? `bench-${Date.now()}`,
  };
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    env.NEWSROOM_DATA_DIR = path.join(root, '.bench-data');
    return { env, engine: 'PGlite' };
  }
  // A name of one's own when several branches bench on one server: each migrates its database.
  const name = argValue('database') ?? 'newsroom_bench';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error('--database must be a plain lower-case name');
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
  if (!exists) await admin.unsafe(`create database ${name}`);
  const [version] = await admin`show server_version`;
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  return { env, engine: `PostgreSQL ${version?.server_version ?? ''}`.trim() };
}

function rssOfTree(pid: number): number {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    const children = spawnSync('pgrep', ['-P', String(pids[i])], { encoding: 'utf8' }).stdout.trim();
    if (children) pids.push(...children.split('\n').map(Number));
  }
  let kb = 0;
  for (const p of pids) {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
      kb += Number(match?.[1] ?? 0);
    } catch {
      // the process ended between listing and reading
    }
  }
  return kb * 1024;
}

async function waitForHealth(server: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error('server exited during start-up');
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('server did not become healthy within 120 s');
}

type Row = { page: string; path: string; reqPerSec: number; viewsPerSec: number; p50: number; p90: number; p95: number; p97_5: number; p99: number; errors: number; non2xx: number; peakRssMiB?: number };

/*
 * Searches are limited per client address (lib/search/page-key.mjs). The bench runs the production server
 * (scripts/server.mjs) as it runs behind nginx, trusting one proxy (TRUST_PROXY=1), and sends
 * each request with an X-Forwarded-For of its own, so each search plays a reader of its own.
 */
const FORWARDED_FOR_HEADER = 'x-forwarded-for';
let requestNumber = 0;
const nextAddress = () => `10.${(requestNumber >> 16) & 255}.${(requestNumber >> 8) & 255}.${requestNumber++ & 255}`;

/** Words of the generated stories, common and rare, for searches the results cache has not seen. */
const SEARCH_WORDS = ['dan', 'nguoi', 'kinh te', 'hung vuong', 'bão', 'người dân', 'phường', 'xây dựng', 'tổ chức', 'phát triển', 'du lịch', 'giáo dục', 'y tế', 'nông nghiệp', 'đảng', 'hội nghị'];

/** The nearest-rank percentile of response times in ms (whole ms, as autocannon reports its own). */
function percentile(times: number[], p: number): number {
  if (times.length === 0) return 0;
  const sorted = Float64Array.from(times).sort();
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

/**
 * Loads a page with autocannon. With `follow`, each page view is the page and then those requests
 * (the prefetches a browser sent after opening it), one after another on the same connection.
 */
async function load(page: string, urlPath: string | (() => string), follow: CapturedRequest[] = []): Promise<Row> {
  const pathOf = typeof urlPath === 'string' ? () => urlPath : urlPath;
  const headers = () => ({ [FORWARDED_FOR_HEADER]: nextAddress() });
  for (let i = 0; i < 3; i++) await fetch(`${base}${pathOf()}`, { headers: headers() }); // fill the cache first
  for (const request of follow) await fetch(`${base}${request.path}`, { headers: request.headers });
  // autocannon's summary has no p95 (issue 12's search target): every response's time, kept here.
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      {
        url: base,
        connections,
        duration,
        requests: [
          { setupRequest: (request) => ({ ...request, path: pathOf(), headers: { ...request.headers, ...headers() } }) },
          ...follow.map((request) => ({ method: 'GET' as const, path: request.path, headers: request.headers })),
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    run.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  return {
    page,
    path: typeof urlPath === 'string' ? urlPath : `${urlPath()} …`,
    reqPerSec: Math.round(result.requests.average),
    viewsPerSec: Math.round(result.requests.average / (1 + follow.length)),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p95: percentile(times, 95),
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Photo addresses of a page: every width of every photo its HTML offers (src and srcset). */
async function photoUrls(urlPath: string): Promise<string[]> {
  const html = await (await fetch(`${base}${urlPath}`)).text();
  // From the HTML's attributes only: the page's RSC payload repeats them with escaped ampersands.
  const urls = [...html.matchAll(/\/_next\/image\?url=[^"\s,\\]+/g)].map((m) => m[0].replaceAll('&amp;', '&'));
  return [...new Set(urls.filter((url) => url.includes('&w=')))];
}

/**
 * Every width of the photos on the home page, the section and the story, each asked for once with
 * no transcoded copy on disk, four at a time (a few readers' browsers right after a deploy): the
 * server makes each with sharp. What it costs in time, and in memory that glibc keeps afterwards
 * (see MALLOC_ARENA_MAX in scripts/server-command.mjs).
 */
async function loadFirstPhotos(): Promise<Row> {
  const urls = [...new Set((await Promise.all(['/', '/kinh-te', '/xay-dung-dang/phuong-hung-vuong-xay-dung-to-chuc-co-so-dang-tsvm'].map(photoUrls))).flat())];
  fs.rmSync(path.join(root, '.next', 'cache', 'images'), { recursive: true, force: true });
  const times: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      const t0 = performance.now();
      const res = await fetch(`${base}${url}`, { headers: { accept: 'image/avif,image/webp,*/*' } }).catch(() => null);
      if (!res) errors += 1;
      else {
        await res.arrayBuffer();
        if (!res.ok) non2xx += 1;
      }
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  const seconds = (performance.now() - started) / 1000;
  const reqPerSec = Math.round((urls.length / seconds) * 10) / 10;
  const at = (p: number) => percentile(times, p);
  return { page: 'photos, first request', path: `${urls.length} photo widths, 4 at a time`, reqPerSec, viewsPerSec: reqPerSec, p50: at(50), p90: at(90), p95: at(95), p97_5: at(97.5), p99: at(99), errors, non2xx };
}

async function main() {
  if (!Number.isInteger(articles) || articles < 0) throw new Error('--articles must be a whole number');
  const { env, engine } = await benchEnv();
  console.log(`Dataset: ${articles} generated stories + demo content on ${engine}`);
  run(bin('tsx'), ['--conditions=react-server', 'scripts/seed.ts', '--articles', String(articles)], env);
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) run(bin('next'), ['build'], env);

  // The server production runs (npm start, the cluster): scripts/server.mjs, not `next start`.
  const server = spawn(process.execPath, serverArgs(env), { env: serverEnv({ ...env, TRUST_PROXY: '1' }), cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOfTree(server.pid!))), 200);
  try {
    await waitForHealth(server);
    // 'search, distinct': two words and a start day per request, so the results cache seldom answers.
    let distinct = 0;
    const distinctSearch = () => {
      distinct += 1;
      const words = `${SEARCH_WORDS[distinct % SEARCH_WORDS.length]} ${SEARCH_WORDS[Math.floor(distinct / SEARCH_WORDS.length) % SEARCH_WORDS.length]}`;
      const day = new Date(Date.UTC(2024, 0, 1) + (Math.floor(distinct / SEARCH_WORDS.length ** 2) % 700) * 86_400_000);
      return `/tim-kiem?q=${encodeURIComponent(words)}&tu-ngay=${day.toISOString().slice(0, 10)}`;
    };
    // The newest month's child sitemap, as a crawler reads it after the index.
    const index = await (await fetch(`${base}/sitemap.xml`)).text();
    const month = /<loc>[^<]*?(\/sitemaps\/\d{4}-\d{2}\.xml)<\/loc>/.exec(index)?.[1];
    const pages: [string, string | (() => string)][] = [
      ['home', '/'],
      ['section', '/kinh-te'],
      ['tag', '/tag/tam-dao'],
      ['article', '/xay-dung-dang/phuong-hung-vuong-xay-dung-to-chuc-co-so-dang-tsvm'],
      ['search', '/tim-kiem?q=hung+vuong'],
      ['search, distinct', distinctSearch],
      ['sitemap index', '/sitemap.xml'],
      ...(month ? [['sitemap month', month] as [string, string]] : []),
    ];
    const rows: Row[] = [];
    const only = argValue('only');
    for (const [page, urlPath] of pages.filter(([name]) => !only || name.startsWith(only))) {
      console.log(`Loading ${page} (${typeof urlPath === 'string' ? urlPath : `${urlPath()} …`}) with ${connections} connections for ${duration} s…`);
      rows.push({ ...(await load(page, urlPath)), peakRssMiB: Math.round(peakRss / 2 ** 20) });
    }
    // A page view with the prefetches a desktop browser sent after opening it (--no-prefetch skips this).
    const withPrefetch: [string, string][] = [
      ['home, with prefetches', '/'],
      ['section, with prefetches', '/kinh-te'],
      ['article, with prefetches', '/xay-dung-dang/phuong-hung-vuong-xay-dung-to-chuc-co-so-dang-tsvm'],
    ];
    for (const [page, urlPath] of process.argv.includes('--no-prefetch') ? [] : withPrefetch.filter(([name]) => !only || name.startsWith(only))) {
      const follow = await capturePrefetches(base, urlPath);
      console.log(`Loading ${page} (${urlPath} and ${follow.length} prefetches: ${follow.map((r) => r.path.split('?')[0]).join(', ')}) with ${connections} connections for ${duration} s…`);
      rows.push({ ...(await load(page, urlPath, follow)), path: `${urlPath} + ${follow.length} prefetches`, peakRssMiB: Math.round(peakRss / 2 ** 20) });
    }
    if (!only || 'photos, first request'.startsWith(only)) {
      console.log('Asking once for every photo width of three pages, none transcoded yet, 4 at a time…');
      const row = await loadFirstPhotos();
      peakRss = Math.max(peakRss, rssOfTree(server.pid!));
      rows.push({ ...row, peakRssMiB: Math.round(peakRss / 2 ** 20) });
    }
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`;
    const heapMb = serverHeapMb(env.SERVER_HEAP_MB);
    const arenas = serverEnv(env).MALLOC_ARENA_MAX;
    const heap = `${heapMb ? `server heap limit ${heapMb} MB` : "V8's own heap limit"}, MALLOC_ARENA_MAX=${arenas}`;
    console.log(`\nNewsroom bench — ${engine}, ${articles} generated stories (+ demo), ${connections} connections, ${duration} s per page, ${heap}, ${machine}`);
    console.table(rows.map((r) => ({ page: r.page, 'req/s': r.reqPerSec, 'views/s': r.viewsPerSec, 'p50 ms': r.p50, 'p90 ms': r.p90, 'p95 ms': r.p95, 'p97.5 ms': r.p97_5, 'p99 ms': r.p99, errors: r.errors, non2xx: r.non2xx, 'peak RSS MiB': r.peakRssMiB })));
    console.log(`Server peak RSS: ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
    fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'bench-results', 'latest.json'),
      JSON.stringify({ date: new Date().toISOString(), engine, articles, connections, duration, serverHeapMb: heapMb, mallocArenaMax: arenas, machine, peakRssMiB: Math.round(peakRss / 2 ** 20), rows }, null, 2),
    );
  } finally {
    clearInterval(sampler);
    server.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error('bench failed:', error);
  process.exitCode = 1;
});
