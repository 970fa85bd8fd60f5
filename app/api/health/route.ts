import { checkDatabase } from '@/db/queries/health';

export const dynamic = 'force-dynamic';

/** Liveness for load balancers and test harnesses: the app answers and reaches its database. */
export async function GET() {
  try {
    await checkDatabase();
    return Response.json({ ok: true });
  } catch (error) {
    console.error('health check: database unreachable', error);
    return Response.json({ ok: false }, { status: 503 });
  }
}
