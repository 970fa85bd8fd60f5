/**
 * npx tsx scripts/bench-comments.ts --url http://localhost:3400 --article 123 [--duration 10 --connections 20]
 *
 * Measures the reader comment endpoint against a running production server: the latency of a
 * single post, then how many posts per second it accepts when every post comes from its own
 * address and email (so the per-IP and per-email limits never apply). It measures; it asserts
 * nothing. Every accepted post is a real pending comment on that story: use a bench database.
 */
import autocannon from 'autocannon';
import { argValue } from './cli';

const url = (argValue('url') ?? 'http://localhost:3400').replace(/\/+$/, '');
const articleId = Number(argValue('article'));
const duration = Number(argValue('duration') ?? 10);
const connections = Number(argValue('connections') ?? 20);
let n = 0;

function form(i: number): string {
  return new URLSearchParams({
    articleId: String(articleId),
    name: `Bạn đọc ${i}`,
    email: `ban-doc-${i}-${Date.now()}@example.vn`,
    body: `Ý kiến thử nghiệm số ${i} về bài viết, gửi lúc ${Date.now()}.`,
    website: '',
    returnTo: '/',
  }).toString();
}

function address(i: number): string {
  return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}

async function main() {
  if (!Number.isInteger(articleId) || articleId <= 0) throw new Error('--article must be a story id');
  const single: number[] = [];
  for (let i = 0; i < 15; i++) {
    const started = performance.now();
    const response = await fetch(`${url}/api/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'x-forwarded-for': address(++n) },
      body: form(n),
    });
    await response.text();
    single.push(performance.now() - started);
    if (response.status !== 201 && response.status !== 200) console.log('single post answered', response.status);
  }
  single.sort((a, b) => a - b);
  console.log(`single post: median ${single[7]!.toFixed(1)} ms, max ${single[14]!.toFixed(1)} ms (15 posts)`);

  const statuses: Record<number, number> = {};
  const result = await autocannon({
    url: `${url}/api/comments`,
    method: 'POST',
    connections,
    duration,
    requests: [
      {
        setupRequest: (request) => {
          n += 1;
          return {
            ...request,
            headers: { ...request.headers, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'x-forwarded-for': address(n) },
            body: form(n),
          };
        },
        onResponse: (status) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
        },
      },
    ],
  });
  const accepted = (statuses[201] ?? 0) + (statuses[200] ?? 0);
  console.log(
    `load: ${connections} connections, ${duration} s: ${(accepted / duration).toFixed(1)} accepted posts/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, statuses ${JSON.stringify(statuses)}`,
  );
}

main().catch((error) => {
  console.error('comment bench failed:', error);
  process.exitCode = 1;
});
