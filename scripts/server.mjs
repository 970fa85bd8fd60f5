#!/usr/bin/env node
// The HTTP server of a Newsroom instance: Next's request handler behind node:http.
//
// Why not `next start`: Next fills `x-forwarded-for` only when the client did not send one, so the
// app could not tell a client's made-up header from the real address. Here the server, which
// holds the TCP connection, decides the client's address once (lib/security/client-address.mjs) and
// hands it to the app in a header that no client can set (any incoming copy is dropped).
//
// SIGTERM/SIGINT: stop accepting connections, let requests in flight finish (at most
// SHUTDOWN_GRACE_MS, default 10 s), then close Next (which closes the database pools through
// `process.on('newsroom:shutdown')` listeners) and exit.
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import next from 'next';
import { CLIENT_ADDRESS_HEADER, markClientAddress, trustedProxyHops } from '../lib/security/client-address.mjs';
import { refuseDeepAction, refuseMalformedRequest, refuseOversizedAction } from '../lib/security/request-guard.mjs';
import { errorPageHeaders, errorPageHtml } from '../lib/security/error-page.mjs';
import { routeSearch } from '../lib/search/page-key.mjs';
import { createGate } from '../lib/server/admission.mjs';
import { sendPages } from '../lib/server/text-bytes.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND ?? '0.0.0.0';
const graceMs = Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000);
const hops = trustedProxyHops(process.env.TRUST_PROXY);

const app = next({ dev, dir: root, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

// Searches are limited per client address (429 past a burst of 30, then one a second) and a search
// asked for again within the minute is sent to its cached results page (routeSearch,
// lib/search/page-key.mjs). Search pages (GET, and their payloads for client navigation) then pass
// a gate: at most SEARCH_RENDERS at once (default: one a CPU core), up to 200 more waiting at most
// 10 s each, any beyond refused with 503 (lib/server/admission.mjs). A cached search leaves the
// gate at once.
const searchRenders = Math.floor(Number(process.env.SEARCH_RENDERS));
const searchGate = createGate({ concurrency: searchRenders >= 1 ? searchRenders : os.availableParallelism(), queue: 200, waitMs: 10_000 });
// Photos (`/_next/image`) pass a gate of their own: at most PHOTO_TRANSCODES at once (default: one a
// CPU core), the rest in line. A photo width asked for the first time is made by sharp on one of
// libuv's four threads (an AVIF of 640 px: about 250 ms); four at once took every thread that file
// reads also need, and each encoder's memory: transcoding the home page's photo widths four at a
// time peaked at 361 MiB of RSS against 313 two at a time, in the same 11–12 s on two cores. The
// line is long and patient (1,000 requests, 30 s each): a page's photos wait rather than break.
const photoTranscodes = Math.floor(Number(process.env.PHOTO_TRANSCODES));
const photoGate = createGate({ concurrency: photoTranscodes >= 1 ? photoTranscodes : os.availableParallelism(), queue: 1000, waitMs: 30_000 });
const isPhoto = (req) => req.method === 'GET' && (req.url?.startsWith('/_next/image?') ?? false);
function refuse(res, status) {
  if (res.headersSent || res.writableEnded) return;
  res.writeHead(status, { ...errorPageHeaders, 'retry-after': '5' });
  res.end(errorPageHtml(status));
}

const server = http.createServer((req, res) => {
  if (refuseMalformedRequest(req, res)) return; // invalid UTF-8 or NUL in the path: 400, in Vietnamese
  if (refuseOversizedAction(req, res)) return; // a server action's body over Next's limit: 413, not Next's 500
  markClientAddress(req, hops);
  const search = routeSearch(req, req.headers[CLIENT_ADDRESS_HEADER]);
  if (search === 'refused') return refuse(res, 429);
  sendPages(req, res); // gzip if asked, beneath a cached page's bytes and ETag, made once (lib/server/text-bytes.mjs)
  // A server action's arguments nested thousands deep: 400, not a stack overflow (500) inside Next.
  const failed = (error) => {
    console.error('request failed', req.method, req.url, error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Lỗi máy chủ. Vui lòng thử lại sau.');
  };
  const serve = () => Promise.resolve(handle(req, res)).catch(failed);
  refuseDeepAction(req, res)
    .then((refused) => {
      if (refused) return;
      if (search === 'search' && req.method === 'GET') searchGate.enter(res, serve, () => refuse(res, 503));
      else if (isPhoto(req)) photoGate.enter(res, serve, () => refuse(res, 503));
      else return serve();
    })
    .catch(failed);
});
server.keepAliveTimeout = 65_000; // longer than nginx's upstream keepalive_timeout (60 s)
server.headersTimeout = 66_000;
const upgrade = app.getUpgradeHandler();
server.on('upgrade', (req, socket, head) => upgrade(req, socket, head));

server.listen(port, hostname, () => {
  console.log(`Newsroom: ${dev ? 'development' : 'production'} server on http://localhost:${port} (TRUST_PROXY=${hops})`);
});

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: no new connections; finishing requests in flight (≤ ${graceMs} ms)…`);
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearTimeout(timer);
  // Listeners (database pool, Redis client) push the promises of their closing onto `pending`.
  const pending = [];
  process.emit('newsroom:shutdown', pending);
  await Promise.race([Promise.allSettled(pending), new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
  await app.close().catch(() => {});
  console.log('Stopped.');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
