import 'server-only';
import { and, count, desc, eq, gt, lt, or, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { commentBlocklist } from '../schema/moderation';
import { readerTips, type ReaderTip, type TipStatus } from '../schema/pages';
import { users } from '../schema/users';

export type NewReaderTip = { name: string; contact: string; message: string; photoKey: string | null; photoMime: string | null; ipHash: string };

/** What the database knows about a new tip's sender, counted under the sender's locks. */
export type TipSenderFacts = {
  burst: number;
  hour: number;
  blockedContact: boolean;
  blockedIp: boolean;
  blockedWords: string[];
  /** Tips waiting in the inbox, and held as suspected spam. */
  waitingNew: number;
  waitingSpam: number;
};

async function countSince(tx: Executor, column: typeof readerTips.ipHash | typeof readerTips.contact, value: string, burstSince: Date, hourSince: Date) {
  const [row] = await tx
    .select({
      burst: sql<number>`count(*) filter (where ${readerTips.createdAt} > ${burstSince.toISOString()}::timestamptz)`.mapWith(Number),
      hour: sql<number>`count(*)`.mapWith(Number),
    })
    .from(readerTips)
    .where(and(eq(column, value), gt(readerTips.createdAt, hourSince)));
  return row ?? { burst: 0, hour: 0 };
}

/**
 * Inserts a reader's tip unless `decide` refuses it. As with comments, the sender's IP hash and
 * contact are locked for the transaction (advisory locks, in a fixed order), so two concurrent
 * posts from one sender are counted one after the other, on any number of app instances. The
 * blocklist is the comments' one (emails, IP hashes, words).
 */
export async function insertReaderTip<R extends string>(input: {
  values: NewReaderTip;
  burstSince: Date;
  hourSince: Date;
  decide: (facts: TipSenderFacts) => { refuse: R } | { status: 'new' | 'spam' };
}): Promise<{ refused: R } | { id: number; status: 'new' | 'spam' }> {
  const db = await getDb();
  const { values } = input;
  return db.transaction(async (tx) => {
    for (const key of [`tip-ip:${values.ipHash}`, `tip-contact:${values.contact}`].sort()) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
    }
    const byIp = await countSince(tx, readerTips.ipHash, values.ipHash, input.burstSince, input.hourSince);
    const byContact = await countSince(tx, readerTips.contact, values.contact, input.burstSince, input.hourSince);
    const blocks = await tx
      .select({ kind: commentBlocklist.kind, value: commentBlocklist.value })
      .from(commentBlocklist)
      .where(
        sql`${commentBlocklist.kind} = 'word' or (${commentBlocklist.kind} = 'email' and ${commentBlocklist.value} = ${values.contact}) or (${commentBlocklist.kind} = 'ip' and ${commentBlocklist.value} = ${values.ipHash})`,
      );
    const [waiting] = await tx
      .select({
        new: count(sql`case when ${readerTips.status} = 'new' then 1 end`),
        spam: count(sql`case when ${readerTips.status} = 'spam' then 1 end`),
      })
      .from(readerTips)
      .where(sql`${readerTips.status} in ('new', 'spam')`);
    const decision = input.decide({
      burst: Math.max(byIp.burst, byContact.burst),
      hour: Math.max(byIp.hour, byContact.hour),
      blockedContact: blocks.some((b) => b.kind === 'email'),
      blockedIp: blocks.some((b) => b.kind === 'ip'),
      blockedWords: blocks.filter((b) => b.kind === 'word').map((b) => b.value),
      waitingNew: waiting?.new ?? 0,
      waitingSpam: waiting?.spam ?? 0,
    });
    if ('refuse' in decision) return { refused: decision.refuse };
    const [row] = await tx
      .insert(readerTips)
      .values({ ...values, status: decision.status })
      .returning({ id: readerTips.id });
    return { id: row!.id, status: decision.status };
  });
}

export type TipListItem = Pick<ReaderTip, 'id' | 'name' | 'contact' | 'message' | 'status' | 'createdAt'> & { hasPhoto: boolean };

/** One status's tips, newest first, a page at a time (keyset on created_at, id). */
export async function listTips({ status, before, limit }: { status: TipStatus; before?: { createdAt: Date; id: number }; limit: number }): Promise<TipListItem[]> {
  const db = await getDb();
  const after = before
    ? or(lt(readerTips.createdAt, before.createdAt), and(eq(readerTips.createdAt, before.createdAt), lt(readerTips.id, before.id)))
    : undefined;
  return db
    .select({
      id: readerTips.id,
      name: readerTips.name,
      contact: readerTips.contact,
      message: readerTips.message,
      status: readerTips.status,
      createdAt: readerTips.createdAt,
      hasPhoto: sql<boolean>`(${readerTips.photoKey} is not null)`,
    })
    .from(readerTips)
    .where(and(eq(readerTips.status, status), after))
    .orderBy(desc(readerTips.createdAt), desc(readerTips.id))
    .limit(limit);
}

export async function countTips({ status }: { status: TipStatus }): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(readerTips).where(eq(readerTips.status, status));
  return row?.n ?? 0;
}

export type TipDetail = ReaderTip & { handledByName: string | null };

export async function getTip({ id }: { id: number }, tx?: Executor): Promise<TipDetail | null> {
  const db = tx ?? (await getDb());
  const [row] = await db
    .select({ tip: readerTips, handledByName: users.name })
    .from(readerTips)
    .leftJoin(users, eq(users.id, readerTips.handledBy))
    .where(eq(readerTips.id, id))
    .limit(1);
  return row ? { ...row.tip, handledByName: row.handledByName } : null;
}

export async function setTipStatus(tx: Executor, { id, status, userId }: { id: number; status: TipStatus; userId: number | null }): Promise<void> {
  await tx
    .update(readerTips)
    .set({ status, handledBy: status === 'handled' ? userId : null, handledAt: status === 'handled' ? new Date() : null })
    .where(eq(readerTips.id, id));
}
