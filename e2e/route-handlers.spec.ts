import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from './support/test';
import sharp from 'sharp';
import type { Role } from '../db/schema/users';
import { can, type Permission } from '../lib/auth/permissions';
import { messages } from '../lib/i18n/messages';
import { signInRequest, unique } from './support/auth';

/*
 * The permission fuzz for route handlers (issue 8), over HTTP: every `route.ts` under app/ × each
 * role and signed out. The handlers are found in the file tree, so a new one fails the first test
 * until it is classified here. Staff handlers are compared with the permission table: refused
 * with 401/403 and the Vietnamese sentence, nothing stored. Public handlers answer the same to
 * everyone, never 5xx, refusals in Vietnamese. The scheduler's tick is refused to every caller
 * without its token, signed in or not.
 */
test.describe.configure({ mode: 'parallel' });
test.skip(({ isMobile }) => isMobile, 'requests over HTTP, no page: one project is enough');

const APP = path.join(process.cwd(), 'app');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
type Method = (typeof METHODS)[number];

/** Every route handler under app/, with the HTTP methods it exports. */
function discoverHandlers(): { file: string; methods: Method[] }[] {
  const found: { file: string; methods: Method[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.(ts|tsx|js|mjs)$/.test(entry.name)) {
        const source = fs.readFileSync(full, 'utf8');
        const methods = METHODS.filter((m) => new RegExp(`export (async )?function ${m}\\b|export const ${m}\\b|as ${m}\\b`).test(source));
        found.push({ file: path.relative(process.cwd(), full), methods });
      }
    }
  };
  walk(APP);
  return found;
}

type Who = Role | null;
type Probe = { method: Method; path: string; data?: string | Record<string, unknown>; contentType?: string; note: string };
/**
 * public: the same answer whoever asks. staff: allowed by `permission`, else 401 signed out and
 * 403 signed in. machine: for the server itself; every caller here is refused (403).
 */
type Handler = { kind: 'public'; probes: Probe[] } | { kind: 'staff'; permission: Permission; probes: Probe[] } | { kind: 'machine'; probes: Probe[] };

const NO_SUCH_ID = 2_000_000_000;
const HANDLERS: Record<string, Handler> = {
  'app/(site)/[section]/rss.xml/route.ts': {
    kind: 'public',
    probes: [
      { method: 'GET', path: '/xay-dung-dang/rss.xml', note: 'a section feed' },
      { method: 'GET', path: '/khong-co-chuyen-muc-nay/rss.xml', note: 'no such section' },
    ],
  },
  'app/(site)/tag/[slug]/rss.xml/route.ts': { kind: 'public', probes: [{ method: 'GET', path: '/tag/khong-co-the-nay/rss.xml', note: 'no such tag' }] },
  'app/(site)/tac-gia/[slug]/rss.xml/route.ts': { kind: 'public', probes: [{ method: 'GET', path: '/tac-gia/khong-co-tac-gia/rss.xml', note: 'no such author' }] },
  'app/rss.xml/route.ts': { kind: 'public', probes: [{ method: 'GET', path: '/rss.xml', note: 'the main feed' }] },
  'app/sitemap.xml/route.ts': { kind: 'public', probes: [{ method: 'GET', path: '/sitemap.xml', note: 'the sitemap index' }] },
  'app/news-sitemap.xml/route.ts': { kind: 'public', probes: [{ method: 'GET', path: '/news-sitemap.xml', note: 'the news sitemap' }] },
  'app/sitemaps/[file]/route.ts': { kind: 'public', probes: [{ method: 'GET', path: '/sitemaps/khong-co.xml', note: 'no such sitemap' }] },
  'app/media/[...key]/route.ts': { kind: 'public', probes: [{ method: 'GET', path: '/media/uploads/khong-co.webp', note: 'no such file' }] },
  'app/og/[id]/[file]/route.ts': { kind: 'public', probes: [{ method: 'GET', path: '/og/2000000000/500-500.jpg', note: 'no such photo' }] },
  'app/api/health/route.ts': { kind: 'public', probes: [{ method: 'GET', path: '/api/health', note: 'health' }] },
  'app/api/comments/route.ts': {
    kind: 'public',
    probes: [
      { method: 'POST', path: '/api/comments', data: {}, note: 'an empty comment (refused, nothing stored)' },
      { method: 'POST', path: '/api/comments', data: { articleId: NO_SUCH_ID, name: 'Bạn đọc', email: 'a@example.com', body: 'Một ý kiến đủ dài.' }, note: 'a comment on no story' },
    ],
  },
  'app/api/comments/token/route.ts': {
    kind: 'public',
    probes: [
      { method: 'GET', path: '/api/comments/token?articleId=abc', note: 'an id that is not one' },
      { method: 'GET', path: '/api/comments/token?articleId=99999999999', note: 'an id beyond PostgreSQL integer' },
      { method: 'GET', path: `/api/comments/token?articleId=${NO_SUCH_ID}`, note: 'no such story' },
    ],
  },
  'app/api/tips/route.ts': {
    kind: 'public',
    probes: [{ method: 'POST', path: '/api/tips', data: {}, note: 'an empty tip (refused, nothing stored)' }],
  },
  'app/api/tips/token/route.ts': { kind: 'public', probes: [{ method: 'GET', path: '/api/tips/token', note: "the tip form's render token" }] },
  'app/api/tips/[id]/photo/route.ts': {
    kind: 'staff',
    permission: 'tip.manage',
    probes: [{ method: 'GET', path: `/api/tips/${NO_SUCH_ID}/photo`, note: 'no such tip' }],
  },
  'app/api/views/route.ts': { kind: 'public', probes: [{ method: 'POST', path: '/api/views', data: 'abc', contentType: 'text/plain', note: 'a beacon without an id' }] },
  'app/api/auth/[...nextauth]/route.ts': {
    kind: 'public',
    probes: [
      { method: 'GET', path: '/api/auth/csrf', note: 'csrf token' },
      { method: 'GET', path: '/api/auth/callback/credentials', note: 'a GET of the sign-in callback' },
      { method: 'POST', path: '/api/auth/khong-co', data: {}, note: 'no such next-auth action' },
    ],
  },
  'app/api/scheduler/route.ts': {
    kind: 'machine',
    probes: [
      { method: 'POST', path: '/api/scheduler', note: 'no token' },
      { method: 'POST', path: '/api/scheduler', data: '', note: 'a forged token' },
    ],
  },
  'app/api/media/route.ts': {
    kind: 'staff',
    permission: 'media.upload',
    probes: [
      { method: 'GET', path: '/api/media', note: 'the library' },
      { method: 'POST', path: '/api/media', data: {}, note: 'an upload without a file' },
    ],
  },
};

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const WHO: Who[] = [null, 'writer', 'editor', 'moderator', 'admin'];

const octet = () => Math.floor(Math.random() * 250) + 1;

async function send(request: APIRequestContext, probe: Probe): Promise<APIResponse> {
  // A reader of its own each time (the e2e server trusts one proxy), so per-address limits measure only this probe.
  // The scheduler's probes come from loopback, as the real tick does: only the token is missing.
  const headers: Record<string, string> = probe.path === '/api/scheduler' ? {} : { 'X-Forwarded-For': `10.${octet()}.${octet()}.${octet()}` };
  if (probe.note === 'a forged token') headers['x-newsroom-scheduler'] = 'x'.repeat(64);
  if (probe.method === 'GET') return request.get(probe.path, { headers, maxRedirects: 0 });
  if (typeof probe.data === 'string') return request.post(probe.path, { headers: { ...headers, 'content-type': probe.contentType ?? 'text/plain' }, data: probe.data, maxRedirects: 0 });
  if (probe.path === '/api/media') return request.post(probe.path, { headers, multipart: { alt: 'Không có tệp' }, maxRedirects: 0 });
  return request.post(probe.path, { headers, data: probe.data ?? {}, maxRedirects: 0 });
}

async function contextFor(playwright: { request: { newContext: (o: { baseURL?: string }) => Promise<APIRequestContext> } }, baseURL: string | undefined, who: Who) {
  const request = await playwright.request.newContext({ baseURL });
  if (who) await signInRequest(request, who);
  return request;
}

test('every route handler under app/ is classified, and every method it exports is probed', () => {
  const handlers = discoverHandlers();
  expect(handlers.length).toBeGreaterThanOrEqual(10);
  for (const { file, methods } of handlers) {
    const entry = HANDLERS[file];
    expect(entry, `${file}: a new route handler; classify it in HANDLERS (public, staff with its permission, or machine)`).toBeDefined();
    expect(methods.length, `${file} exports no HTTP method the discovery recognises`).toBeGreaterThan(0);
    expect([...new Set(entry!.probes.map((p) => p.method))].sort(), `${file}: probe each exported method`).toEqual([...methods].sort());
  }
  expect(Object.keys(HANDLERS).filter((file) => !handlers.some((h) => h.file === file)), 'entries for handlers that no longer exist').toEqual([]);
});

for (const [file, handler] of Object.entries(HANDLERS)) {
  test(`${file} (${handler.kind}) × every role and signed out`, async ({ playwright, baseURL }) => {
    const answers = new Map<string, number[]>();
    for (const who of WHO) {
      const request = await contextFor(playwright, baseURL, who);
      for (const probe of handler.probes) {
        const response = await send(request, probe);
        const label = `${probe.method} ${probe.path} (${probe.note}) as ${who ?? 'signed out'}`;
        const status = response.status();
        expect(status, label).toBeLessThan(500);
        const body = await response.text();
        if (handler.kind === 'staff') {
          if (!who) {
            expect(status, label).toBe(401);
            expect(JSON.parse(body).error, label).toBe(messages.auth.signedOut);
          } else if (!can(who, handler.permission)) {
            expect(status, label).toBe(403);
            expect(JSON.parse(body).error, label).toBe(messages.auth.forbidden);
          } else if (status >= 400) expect(body, label).toMatch(VIETNAMESE);
        } else if (handler.kind === 'machine') {
          expect(status, label).toBe(403);
        } else {
          // A beacon's 400 has no body: no person reads it.
          if (status >= 400 && file !== 'app/api/views/route.ts') expect(body, label).toMatch(VIETNAMESE);
          answers.set(`${probe.method} ${probe.path} ${probe.note}`, [...(answers.get(`${probe.method} ${probe.path} ${probe.note}`) ?? []), status]);
        }
      }
      await request.dispose();
    }
    // Public: a session changes nothing.
    for (const [probe, statuses] of answers) expect(new Set(statuses).size, `${probe}: ${statuses.join(', ')}`).toBe(1);
  });
}

test('uploads refused to the signed out and to moderators store nothing', async ({ playwright, baseURL }) => {
  const word = unique('anhbituchoi').replace(/\s/g, '');
  const colour = () => Math.floor(Math.random() * 256);
  const jpeg = await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: colour(), g: colour(), b: colour() } } }).jpeg().toBuffer();
  const origin = new URL(baseURL ?? 'http://localhost').origin;
  for (const who of [null, 'moderator'] as const) {
    const request = await contextFor(playwright, baseURL, who);
    const response = await request.post('/api/media', { headers: { origin }, multipart: { file: { name: 'a.jpg', mimeType: 'image/jpeg', buffer: jpeg }, alt: word } });
    expect(response.status()).toBe(who ? 403 : 401);
    expect(((await response.json()) as { error: string }).error).toBe(who ? messages.auth.forbidden : messages.auth.signedOut);
    await request.dispose();
  }
  const editor = await contextFor(playwright, baseURL, 'editor');
  const found = (await (await editor.get(`/api/media?q=${encodeURIComponent(word)}`)).json()) as { items: unknown[] };
  expect(found.items).toEqual([]);
  await editor.dispose();
});
