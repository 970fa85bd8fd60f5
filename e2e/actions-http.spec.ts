import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from './support/test';
import type { Role } from '../db/schema/users';
import { can, PERMISSIONS, type Permission } from '../lib/auth/permissions';
import { messages } from '../lib/i18n/messages';
import { HOSTILE_STRINGS } from '../tests/hostile/payloads';
import { signInRequest, unique } from './support/auth';

/*
 * Server actions posted straight over HTTP, as an attacker would, against the production build
 * (issue 8). The actions are every id in Next's .next/server/server-reference-manifest.json, so
 * a new action joins by existing. Each is posted as React's client posts it (header `Next-Action`,
 * the arguments encoded by the React client Next ships) to a page that bundles it.
 * - Signed out: no cookie meets the proxy's redirect; a forged cookie gets past it and meets the
 *   action's own refusal; the story the arguments name does not change.
 * - Signed in as each role: the hostile corpus as the bare argument and in the fields of an
 *   object. No answer is 5xx, refusals are in Vietnamese, and where the permission table says
 *   no, the refusal is exactly "not allowed".
 * Parallel specs share the server's demo data: the hostile runs never name a real object (the
 * payloads are strings where ids are numbers), and actions that act on the whole site rather
 * than on an object named by id get, where the role may use them, only values no object schema
 * accepts.
 */
test.describe.configure({ mode: 'parallel' });
test.skip(({ isMobile }) => isMobile, 'requests over HTTP, no page: one project is enough');

const nodeRequire = createRequire(__filename);
// The React client Next ships (its production build, as browsers run it): it encodes arguments
// exactly as the browser does and reads the answer.
const flight = nodeRequire('next/dist/compiled/react-server-dom-webpack/cjs/react-server-dom-webpack-client.node.production.js') as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
  createFromFetch: <T>(response: Promise<Response>, options: unknown) => Promise<T>;
};

type ActionInfo = { id: string; name: string; file: string; page: string; permission: Permission | null };

const MANIFEST = path.join(process.cwd(), '.next/server/server-reference-manifest.json');
const NO_SUCH_ID = 2_000_000_000;

/** Every server action of the build, with the page to post it to and the permission its source asks. */
function readActions(): ActionInfo[] {
  if (!fs.existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: run \`npx next build\` first.`);
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as { node?: Record<string, { workers?: Record<string, unknown>; filename?: unknown; exportedName?: unknown }> };
  if (!manifest.node || typeof manifest.node !== 'object') throw new Error(`${MANIFEST}: no "node" map of action ids; Next changed the file's shape, update readActions().`);
  const sources = new Map<string, string>();
  const actions = Object.entries(manifest.node).map(([id, entry]) => {
    const { workers, filename, exportedName } = entry;
    if (typeof filename !== 'string' || typeof exportedName !== 'string' || !workers || Object.keys(workers).length === 0) {
      throw new Error(`${MANIFEST}: action ${id} lacks filename, exportedName or workers; Next changed the file's shape, update readActions().`);
    }
    if (!sources.has(filename)) sources.set(filename, fs.readFileSync(path.join(process.cwd(), filename), 'utf8'));
    const guarded = new RegExp(`export const ${exportedName}\\s*=\\s*guardedAction\\(\\s*'([\\w.]+)'`).exec(sources.get(filename)!);
    const permission = guarded ? (guarded[1] as Permission) : null;
    if (permission && !(permission in PERMISSIONS)) throw new Error(`${filename}: ${exportedName} asks for an unknown permission ${permission}`);
    // A page without dynamic segments if there is one; else the segments filled with an id no object has.
    const pages = Object.keys(workers).map(pageUrl);
    return { id, name: exportedName, file: filename, page: pages.find((p) => !p.includes(String(NO_SUCH_ID))) ?? pages[0]!, permission };
  });
  if (actions.length < 30) throw new Error(`${MANIFEST} lists ${actions.length} actions, expected at least 30: is the build complete?`);
  return actions;
}

/** 'app/(admin)/admin/(dashboard)/articles/[id]/page' → '/admin/articles/2000000000'. */
function pageUrl(worker: string): string {
  const segments = worker
    .replace(/^app\//, '')
    .replace(/\/page$/, '')
    .split('/')
    .filter((s) => !/^\(.*\)$/.test(s))
    .map((s) => (/^\[.*\]$/.test(s) ? String(NO_SUCH_ID) : s));
  return `/${segments.join('/')}`;
}

/*
 * How each action meets hostile input where the role may use it. BY_ID: it acts on an object its
 * input names by a number, and no payload is one. WHOLE: it acts on the site, the trash, the
 * signed-in account or creates something; a valid object would change what other specs see.
 * An action missing from both fails the first test: classify it when you add it.
 */
const BY_ID = new Set([
  'autosaveArticleAction', 'correctArticleAction', 'editorPresenceAction', 'publishArticleAction', 'restoreArticleAction', 'restoreRevisionAction',
  'saveArticleAction', 'submitArticleAction', 'takeOverArticleAction', 'trashArticleAction', 'unpublishArticleAction',
  'blockCommenterAddressAction', 'moderateCommentsAction', 'replyAsNewsroomAction', 'setStoryCommentsClosedAction',
  'findPinnableAction', 'pinStoryAction', 'unpinSlotAction', 'updateMediaDetailsAction',
  'moveSectionAction', 'updateSectionAction', 'mergeTagsAction', 'renameTagAction',
  'changeStaffRoleAction', 'resetStaffPasswordAction', 'setStaffActiveAction', 'makeResetLinkAction',
  'savePageAction', 'publishPageAction', 'movePageAction', 'setTipHandledAction', 'returnArticleAction', 'addArticleNoteAction', 'createPreviewLinkAction', 'revokePreviewLinkAction',
  'resetTwoStepAction', 'deletePageAction',
  'discardArticleAutosaveAction',
]);
const WHOLE = new Set([
  'createArticleAction', 'emptyTrashAction', 'clearBreakingAction', 'setBreakingAction', 'saveBlocklistAction', 'saveCommentSettingsAction',
  'saveFeedSettingsAction', 'saveSiteSettingsAction', 'createSectionAction', 'createStaffAction', 'changePasswordAction', 'updateProfileAction',
  'createFirstAdminAction', 'requestPasswordResetAction', 'resetPasswordAction', 'createPageAction', 'submitNewArticleAction', 'publishNewArticleAction', 'setEmailNotificationsAction',
  'startTwoStepAction', 'confirmTwoStepAction', 'disableTwoStepAction', 'saveTwoStepRolesAction',
  // The signed-in person's own new-story buffer: a valid object would replace or delete a demo account's.
  'autosaveNewArticleAction', 'discardNewArticleAutosaveAction',
  // Stores a video's still in the media library: creates something, named by an address, not an id.
  'storeEmbedThumbnailAction',
]);
/** Reads only: a hostile query may find nothing and still succeed. */
const READS_ONLY = new Set(['findPinnableAction']);
/**
 * Not behind a session by design: the first-admin link's token is its credential (lib/actions/setup.ts);
 * "Quên mật khẩu?" answers anyone the same, and the emailed token is the reset form's credential
 * (lib/actions/password-reset.ts).
 */
const BEFORE_ANY_SESSION = new Set(['createFirstAdminAction', 'requestPasswordResetAction', 'resetPasswordAction']);

const FIELDS = ['id', 'ids', 'baseVersion', 'overVersion', 'revisionId', 'articleId', 'parentId', 'commentId', 'fromId', 'intoId', 'position', 'title', 'name', 'slug', 'body', 'fields', 'q', 'verb', 'role', 'active', 'email', 'password'];

/**
 * A payload as the JSON an attacker writes: every field an action reads set to it, or it alone as
 * the argument. A value over 100 kB goes only in `body`, so the whole stays under Next's 1 MB limit.
 */
function argumentsJson(json: string, inFields: boolean, length: number): string {
  if (!inFields) return `[${json}]`;
  if (length > 100_000) return `[{"id":"x","body":${json}}]`;
  return `[{${FIELDS.map((f) => `${JSON.stringify(f)}:${json}`).join(',')}}]`;
}

/** React's encoding of a string (a leading `$` is doubled); other values are plain JSON. */
const encodeString = (value: string) => JSON.stringify(value.startsWith('$') ? `$${value}` : value);
const HOSTILE: { label: string; json: string; isObject?: boolean }[] = [
  ...HOSTILE_STRINGS.map(({ label, value }) => ({ label, json: encodeString(value) })),
  // 3,000 levels: past ACTION_MAX_NESTING, so the HTTP server answers 400 before Next decodes them (see below).
  { label: 'deep array', json: `${'['.repeat(3_000)}${']'.repeat(3_000)}` },
  { label: 'deep object', json: `${'{"a":'.repeat(3_000)}1${'}'.repeat(3_000)}`, isObject: true },
  { label: 'huge number', json: '1e308' },
  { label: 'beyond integer', json: String(2 ** 31) },
  { label: 'negative', json: '-1' },
  { label: 'null', json: 'null' },
  // false, not true: z.coerce.number() (staff ids) reads true as 1, a real account.
  { label: 'boolean', json: 'false' },
  // Decoded by React as a promise of the arguments: an object to zod.
  { label: 'flight reference', json: '"$@0"', isObject: true },
  { label: 'proto object', json: '{"__proto__":{"admin":true},"constructor":{"prototype":{"role":"admin"}}}', isObject: true },
];

/**
 * As the bare argument, a value meets the schema's first check (an object?) and no more, and a
 * refused role meets the guard before any parsing: for those, these few stand for the corpus.
 */
const FEW = new Set(['script tag', 'NUL', 'lone high surrogate', '1 MB field', 'deep object', 'proto object', 'flight reference', 'null', 'huge number']);

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
type Answer = { ok?: boolean; error?: string; message?: string; data?: unknown };

/**
 * Posts the arguments to the action as the browser would (or `raw`, the arguments' JSON as an
 * attacker writes it); the HTTP answer and, when it is one, the action's result.
 */
async function post(request: APIRequestContext, action: ActionInfo, args: unknown[] | { raw: string }): Promise<{ response: APIResponse; result?: Answer }> {
  const body = Array.isArray(args) ? await flight.encodeReply(args) : args.raw;
  const response = await request.post(action.page, {
    headers: { 'Next-Action': action.id, accept: 'text/x-component', ...(typeof body === 'string' ? { 'content-type': 'text/plain;charset=UTF-8' } : {}) },
    ...(typeof body === 'string' ? { data: body } : { multipart: body }),
    maxRedirects: 0,
  });
  if (response.status() >= 500 || !(response.headers()['content-type'] ?? '').startsWith('text/x-component')) return { response };
  const root = await flight.createFromFetch<{ a: Promise<Answer> }>(Promise.resolve(new Response(new Uint8Array(await response.body()))), {
    serverConsumerManifest: { moduleMap: {}, serverModuleMap: null, moduleLoading: null },
  });
  return { response, result: await root.a };
}

/** Runs `jobs` a few at a time: the server is shared with the other specs. */
async function inTurn(jobs: (() => Promise<void>)[], parallel = 3): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < jobs.length) await jobs[next++]!();
  }));
}

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

test('the build lists the server actions, and each is classified for the hostile run', () => {
  const actions = readActions();
  expect(actions.length).toBeGreaterThanOrEqual(30);
  expect([...FEW].filter((label) => !HOSTILE.some((h) => h.label === label))).toEqual([]);
  for (const action of actions) {
    expect(BY_ID.has(action.name) !== WHOLE.has(action.name), `${action.file}: ${action.name} must be in exactly one of BY_ID or WHOLE`).toBe(true);
    expect(action.permission !== null || BEFORE_ANY_SESSION.has(action.name), `${action.file}: ${action.name} must be a guardedAction`).toBe(true);
  }
});

test('signed out, every action posted over HTTP is refused and the story it names stays as it was', async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  const actions = readActions();
  // A story of this test's own, named by every argument below with its real id and version.
  const editor = await playwright.request.newContext({ baseURL });
  await signInRequest(editor, 'editor');
  const create = actions.find((a) => a.name === 'createArticleAction')!;
  const title = unique('Tin thử gọi thẳng');
  // A section as the editor's form offers them.
  const sectionId = Number(/<option value="(\d+)"/.exec(await (await editor.get('/admin/articles/new')).text())?.[1]);
  expect(sectionId).toBeGreaterThan(0);
  const fields = { title, sapo: '', body: doc('Nội dung ban đầu.'), sectionId, tags: [], creditLine: '', authorIds: [], featuredMediaId: null, slug: '', seoTitle: '', seoDescription: '' };
  const created = (await post(editor, create, [fields])).result;
  expect(created?.ok, created?.error).toBe(true);
  const { id, version } = created!.data as { id: number; version: number };
  const named = { id, ids: [id], baseVersion: version, overVersion: version, articleId: id, parentId: id, commentId: id, fromId: id, intoId: id, position: 1, verb: 'delete', active: false, fields: { ...fields, title: 'Bị sửa' }, q: 'x', name: 'x', role: 'admin', email: 'x@example.com', password: 'mat-khau-dai-du-12' };

  const anonymous = await playwright.request.newContext({ baseURL });
  const forged = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: 'next-auth.session-token=forged' } });
  await inTurn(
    actions.map((action) => async () => {
      // Without a cookie the proxy sends the caller to sign in, before any action runs.
      const plain = await post(anonymous, action, [named]);
      expect(plain.response.status(), `${action.name} without a cookie`).toBeLessThan(500);
      if (action.page.startsWith('/admin') && !BEFORE_ANY_SESSION.has(action.name)) expect(plain.response.headers().location ?? '', action.name).toContain('/admin/dang-nhap');
      // With a forged cookie the request reaches the action, which refuses on its own.
      for (const args of [[named], [], ['x'], { raw: `[{"__proto__":{"id":${id}}}]` }]) {
        const { response, result } = await post(forged, action, args);
        const label = `${action.name}(${JSON.stringify(args).slice(0, 40)}) with a forged cookie`;
        expect(response.status(), label).toBe(200);
        if (BEFORE_ANY_SESSION.has(action.name)) expect(result?.message, label).toMatch(VIETNAMESE);
        else expect(result, label).toEqual({ ok: false, error: messages.auth.signedOut });
      }
    }),
  );
  // The version is the one it was created with (any change bumps it), so this save goes through.
  const save = actions.find((a) => a.name === 'saveArticleAction')!;
  const saved = (await post(editor, save, [{ id, baseVersion: version, fields }])).result;
  expect(saved?.ok, saved?.error).toBe(true);
  const page = await editor.get(`/admin/articles/${id}`);
  expect(await page.text()).toContain(title);
  await Promise.all([editor.dispose(), anonymous.dispose(), forged.dispose()]);
});

test('an action id that does not exist, and a body over the limit, are refused below 500 in Vietnamese', async ({ request }) => {
  const [action] = readActions();
  const unknown = await request.post('/admin', { headers: { 'Next-Action': 'f'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' }, data: '[]', maxRedirects: 0 });
  expect(unknown.status()).toBeLessThan(500);
  const big = await request.post(action!.page, {
    headers: { 'Next-Action': action!.id, 'content-type': 'text/plain;charset=UTF-8', cookie: 'next-auth.session-token=forged' },
    data: JSON.stringify([{ title: 'z'.repeat(2_000_000) }]),
  });
  expect(big.status()).toBe(413);
  expect(await big.text()).toContain('Nội dung quá lớn');
});

// Arguments nested thousands deep would overflow the stack in React's decodeReply inside Next (a
// 500 before any action runs); the HTTP server measures the nesting first (refuseDeepAction in
// lib/security/request-guard.mjs) and answers 400 in Vietnamese.
test('arguments nested 10,000 deep are refused below 500, in Vietnamese', async ({ playwright, baseURL }) => {
  const action = readActions().find((a) => a.permission !== null);
  const forged = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: 'next-auth.session-token=forged' } });
  for (const raw of [`[${'['.repeat(10_000)}${']'.repeat(10_000)}]`, `[${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}]`]) {
    const { response } = await post(forged, action!, { raw });
    expect(response.status()).toBe(400);
    expect(await response.text()).toMatch(VIETNAMESE);
  }
  // A string full of brackets is text, not nesting: it reaches the action (which refuses it signed out).
  const { response, result } = await post(forged, action!, { raw: JSON.stringify([{ title: '['.repeat(10_000) }]) });
  expect(response.status()).toBe(200);
  expect(result).toEqual({ ok: false, error: messages.auth.signedOut });
  await forged.dispose();
});

const ROLES: Role[] = ['writer', 'editor', 'moderator', 'admin'];
for (const role of ROLES) {
  test(`as ${role}, every action posted over HTTP with hostile input: no 5xx, refusals in Vietnamese, "not allowed" where the table says so`, async ({ playwright, baseURL }) => {
    test.setTimeout(300_000);
    const actions = readActions();
    const request = await playwright.request.newContext({ baseURL });
    await signInRequest(request, role);
    const jobs: (() => Promise<void>)[] = [];
    let sent = 0;
    for (const action of actions) {
      const allowed = action.permission ? can(role, action.permission) : true;
      for (const { label, json, isObject } of HOSTILE) {
        const few = FEW.has(label);
        // Where the role may act, an object could pass a WHOLE action's schema and change shared data.
        const forms = !allowed ? (few ? [false, true] : []) : WHOLE.has(action.name) ? (few && !isObject ? [false] : []) : few ? [false, true] : [true];
        for (const inFields of forms) {
          jobs.push(async () => {
            sent++;
            const { response, result } = await post(request, action, { raw: argumentsJson(json, inFields, json.length) });
            const what = `${action.name} as ${role}: ${label}${inFields ? ' (in fields)' : ' (bare)'}`;
            expect(response.status(), what).toBeLessThan(500);
            if (!result) return expect(await response.text(), what).toMatch(VIETNAMESE);
            if (!allowed) return expect(result, what).toEqual({ ok: false, error: messages.auth.forbidden });
            if (BEFORE_ANY_SESSION.has(action.name)) return expect(result.message, what).toMatch(VIETNAMESE);
            if (result.ok && READS_ONLY.has(action.name)) return;
            expect(result.ok, what).toBe(false);
            expect(result.error, what).toMatch(VIETNAMESE);
          });
        }
      }
    }
    await inTurn(jobs);
    expect(sent).toBeGreaterThan(actions.length * FEW.size);
    await request.dispose();
  });
}
