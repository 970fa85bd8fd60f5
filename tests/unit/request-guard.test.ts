import { describe, expect, it } from 'vitest';
import { isSlug } from '@/lib/format/slug';
import { errorPageHtml } from '@/lib/security/error-page.mjs';
import { ACTION_BODY_LIMIT, actionBodyRefusal, isMalformedPath, refuseMalformedRequest } from '@/lib/security/request-guard.mjs';

describe('request guard (scripts/server.mjs, before Next)', () => {
  const malformed = ['/%C3%28', '/%FF%FE', '/%ED%A0%80', '/media/%ED%A0%80', '/%C0%AF', '/%E0%80%AF', '/tag/%00', '/xay-dung-dang/%00', '/tac-gia/%00', '/a%'];
  const fine = ['/', '/tag/giao-duc', '/tim-kiem?q=%FF', '/tim-kiem?q=%00', '/x%20y', '/%E1%BA%A1', '/media/uploads/a.webp'];

  it.each(malformed)('refuses %s with a Vietnamese 400 page', (url) => {
    expect(isMalformedPath(url)).toBe(true);
    const written: { status?: number; headers?: Record<string, string>; body?: string } = {};
    const res = {
      writeHead: (status: number, headers: Record<string, string>) => Object.assign(written, { status, headers }),
      end: (body?: string) => Object.assign(written, { body }),
    };
    expect(refuseMalformedRequest({ url, method: 'GET' } as never, res as never)).toBe(true);
    expect(written.status).toBe(400);
    expect(written.headers?.['content-type']).toBe('text/html; charset=utf-8');
    expect(written.body).toContain('lang="vi"');
    expect(written.body).toContain('Địa chỉ không hợp lệ');
  });

  it.each(fine)('leaves %s to the app', (url) => {
    expect(isMalformedPath(url)).toBe(false);
    expect(refuseMalformedRequest({ url, method: 'GET' } as never, {} as never)).toBe(false);
  });

  it("refuses a server action's body Next would abort with a 500: too long (413) or of unknown length (411)", () => {
    const call = (headers: Record<string, string>, method = 'POST') => actionBodyRefusal({ method, headers } as never);
    expect(call({ 'next-action': 'x', 'content-length': String(ACTION_BODY_LIMIT + 1) })).toBe(413);
    expect(call({ 'next-action': 'x' })).toBe(411);
    expect(call({ 'next-action': 'x', 'content-length': '1e9' })).toBe(411);
    expect(call({ 'next-action': 'x', 'content-length': String(ACTION_BODY_LIMIT) })).toBeNull();
    expect(call({ 'content-length': String(ACTION_BODY_LIMIT * 8) })).toBeNull(); // uploads and comments have limits of their own
    expect(call({ 'next-action': 'x' }, 'GET')).toBeNull();
    expect(errorPageHtml(411)).toContain('Yêu cầu không hợp lệ');
    expect(errorPageHtml(413)).toContain('Nội dung quá lớn');
  });

  it('error pages carry no script and escape nothing unsafe', () => {
    expect(errorPageHtml(405, { home: '/"><script>' })).not.toContain('<script');
  });
});

describe('isSlug', () => {
  it('accepts what slugify makes and refuses the rest', () => {
    for (const ok of ['giao-duc', 'bai-viet-2', 'a']) expect(isSlug(ok)).toBe(true);
    for (const bad of ['', '\0', 'a\0b', '<script>', 'Giao-Duc', 'giáo-dục', 'a/b', 'x'.repeat(201), '..']) expect(isSlug(bad)).toBe(false);
  });
});

describe('nestingDepth (server action arguments)', () => {
  it('counts brackets and braces outside JSON strings', async () => {
    const { nestingDepth } = await import('@/lib/security/request-guard.mjs');
    const depth = (text: string) => nestingDepth(Buffer.from(text, 'utf8'));
    expect(depth('[]')).toBe(1);
    expect(depth('[{"a":[1,{"b":2}]}]')).toBe(4);
    expect(depth(JSON.stringify([{ title: '[[[[{{{{' }]))).toBe(2);
    expect(depth(JSON.stringify(['a\\"[[[[']))).toBe(1);
    expect(depth(`${'['.repeat(5000)}${']'.repeat(5000)}`)).toBe(5000);
    expect(nestingDepth(Buffer.from('['.repeat(5000)), 512)).toBe(513);
  });
});
