import { readBodyCapped } from '@/lib/media/read-body';
import { clientIp, hashIp } from '@/lib/security/ip';
import { countView } from '@/lib/views/counter';

export const dynamic = 'force-dynamic';

/**
 * A story was read: the story page's beacon sends its id as plain text, at most once per browser,
 * story and hour. No cookie is read or set; the address only ever appears as a salted hash.
 */
export async function POST(request: Request) {
  // An id is a few digits: nothing larger is read.
  const bytes = await readBodyCapped(request, 32).catch(() => null);
  const body = bytes ? new TextDecoder().decode(bytes).trim() : '';
  if (!/^[1-9]\d{0,9}$/.test(body) || Number(body) > 2_147_483_647) return new Response(null, { status: 400 });
  countView({ articleId: Number(body), userAgent: request.headers.get('user-agent'), addressHash: hashIp(clientIp(request.headers)) });
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
