import 'server-only';
import { getDb } from '@/db/client';
import { countTips, getTip, listTips, setTipStatus, type TipListItem } from '@/db/queries/tips';
import type { TipStatus } from '@/db/schema/pages';
import { audit } from '../audit/log';
import type { CurrentUser } from '../auth/session';
import { decodeCursor, encodeCursor } from '../site/cursor';

/* The newsroom's inbox of readers' tips: newest first, opened one by one, marked handled. */

export const TIP_PAGE_SIZE = 30;
export const TIP_STATUSES: TipStatus[] = ['new', 'handled', 'spam'];

export async function tipInboxPage({ status, cursor }: { status: TipStatus; cursor?: string | null }): Promise<{ items: TipListItem[]; nextCursor: string | null; counts: Record<TipStatus, number> }> {
  const after = cursor ? decodeCursor(cursor, 'at-id') : null;
  const before = after ? { createdAt: after.at, id: after.id } : undefined;
  const rows = await listTips({ status, before, limit: TIP_PAGE_SIZE + 1 });
  const items = rows.slice(0, TIP_PAGE_SIZE);
  const last = items.at(-1);
  const nextCursor = rows.length > TIP_PAGE_SIZE && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null;
  const [fresh, handled, spam] = await Promise.all(TIP_STATUSES.map((s) => countTips({ status: s })));
  return { items, nextCursor, counts: { new: fresh!, handled: handled!, spam: spam! } };
}

export const getTipForStaff = (id: number) => getTip({ id });

export type TipRefusal = 'notFound';
export type TipChange = { ok: true; id: number; status: TipStatus } | { ok: false; reason: TipRefusal };

/** Marks a tip handled (or back to the inbox); the audit log says who. */
export async function setTipHandled(user: CurrentUser, input: { id: number; handled: boolean }): Promise<TipChange> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<TipChange> => {
    const tip = await getTip({ id: input.id }, tx);
    if (!tip) return { ok: false, reason: 'notFound' };
    const status: TipStatus = input.handled ? 'handled' : 'new';
    await setTipStatus(tx, { id: tip.id, status, userId: user.id });
    await audit({ actorId: user.id, action: input.handled ? 'tip.handle' : 'tip.reopen', targetType: 'tip', targetId: tip.id, data: { from: tip.status } }, tx);
    return { ok: true, id: tip.id, status };
  });
}
