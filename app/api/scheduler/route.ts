import { announceDueArticles, isSchedulerCall } from '@/lib/articles/scheduler';
import { deliverSoon } from '@/lib/mail/outbox';
import { clientIp } from '@/lib/security/ip';

export const dynamic = 'force-dynamic';

/** The server's own scheduler tick (see lib/articles/scheduler.ts); refused to anyone else. */
export async function POST(request: Request) {
  if (!isSchedulerCall(request.headers.get('x-newsroom-scheduler'), clientIp(request.headers))) return new Response(null, { status: 403 });
  const announced = await announceDueArticles();
  // Email queued by saves that could not send at once (or on a restarted instance), in the
  // background: a slow mail server must not hold the tick.
  deliverSoon();
  return Response.json({ announced });
}
