import { checkDatabase } from '@/db/queries/health';
import { mediaStorage } from '@/lib/media/storage';

export const dynamic = 'force-dynamic';

type SharedCacheStatus = { mode: string; since: string; lastError?: string };
const sharedCache = () => (globalThis as { __newsroomSharedCache?: { status: () => SharedCacheStatus } }).__newsroomSharedCache;

const within = <T,>(ms: number, work: Promise<T>) =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);

/**
 * For load balancers and operators: the database, Redis (the shared page cache) and media
 * storage, each on its own. 503 only when the database is unreachable: without Redis the
 * instance serves from memory, and without storage only photos fail.
 */
export async function GET() {
  const [database, storage] = await Promise.allSettled([within(3_000, checkDatabase()), within(3_000, mediaStorage().check())]);
  if (database.status === 'rejected') console.error('health check: database unreachable', database.reason);
  const cache = sharedCache();
  const body = {
    ok: database.status === 'fulfilled',
    database: database.status === 'fulfilled' ? { ok: true } : { ok: false, error: String(database.reason?.message ?? database.reason) },
    redis: cache
      ? { ok: cache.status().mode === 'redis', ...cache.status() }
      : process.env.REDIS_URL
        ? { ok: true, mode: 'not used yet (connects on the first cached page)' }
        : { ok: true, mode: 'not configured (memory cache of this instance)' },
    storage:
      storage.status === 'fulfilled'
        ? { ok: true, driver: mediaStorage().driver }
        : { ok: false, driver: mediaStorage().driver, error: String(storage.reason?.message ?? storage.reason) },
  };
  return Response.json(body, { status: body.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
