import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';
import { mediaStorage } from '@/lib/media/storage';
import { getTipForStaff } from '@/lib/tips/inbox';

export const dynamic = 'force-dynamic';

const plain = (text: string, status: number) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/** A tip's photo, for staff who may read tips only; never cached by a browser or a proxy. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  // Refusals in the shape every staff route handler uses (as /api/media).
  if (!user) return Response.json({ ok: false, error: messages.auth.signedOut }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
  if (!can(user.role, 'tip.manage')) return Response.json({ ok: false, error: messages.auth.forbidden }, { status: 403, headers: { 'Cache-Control': 'no-store' } });
  const id = Number((await params).id);
  const tip = Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? await getTipForStaff(id) : null;
  const file = tip?.photoKey ? await mediaStorage().open(tip.photoKey) : null;
  if (!tip?.photoKey || !file) return plain(messages.media.fileNotFound, 404);
  return new Response(file.body, {
    headers: {
      'Content-Type': tip.photoMime ?? 'application/octet-stream',
      'Content-Length': String(file.size),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
    },
  });
}
