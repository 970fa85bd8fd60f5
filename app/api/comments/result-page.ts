import { messages } from '@/lib/i18n/messages';

const t = messages.comments;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The answer to a reader form (a comment, a tip) posted without JavaScript when it was not accepted. */
export function resultPage({
  message,
  errors,
  back,
  status,
  title = t.resultTitle,
  backLabel = t.back,
  anchor = '#y-kien',
}: {
  message: string;
  errors: string[];
  back: string;
  status: number;
  title?: string;
  backLabel?: string;
  anchor?: string;
}): Response {
  const list = errors.length ? `<ul>${errors.map((e) => `<li>${escape(e)}</li>`).join('')}</ul>` : '';
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title>
<style>body{font:17px/1.6 system-ui,sans-serif;max-width:640px;margin:10vh auto;padding:0 16px;color:#1b1b1b}p.msg{background:#fef3f2;border:1px solid #fda29b;padding:12px;border-radius:4px}a{color:#0b4a8b}</style></head>
<body><h1>${escape(title)}</h1><p class="msg" role="alert">${escape(message)}</p>${list}<p><a href="${escape(back + anchor)}">${escape(backLabel)}</a></p></body></html>`;
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
