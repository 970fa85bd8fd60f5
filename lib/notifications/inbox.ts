import 'server-only';
import { countUnread, getEmailNotifications, listNotifications, markRead, setEmailNotifications } from '@/db/queries/notifications';
import type { CurrentUser } from '../auth/session';
import { messages } from '../i18n/messages';

export type NotificationView = { id: number; sentence: string; href: string; createdAt: string; unread: boolean };

export function unreadNotifications(user: CurrentUser): Promise<number> {
  return countUnread({ userId: user.id });
}

/** The newest notifications of this person; opening the list marks them read (they still show as new this once). */
export async function openNotifications(user: CurrentUser, now = new Date()): Promise<NotificationView[]> {
  const rows = await listNotifications({ userId: user.id, limit: 50 });
  if (rows.some((r) => !r.readAt)) await markRead({ userId: user.id, upToId: Math.max(...rows.map((r) => r.id)), now });
  return rows.map((r) => ({
    id: r.id,
    sentence: messages.notifications.sentence(r.kind, r.data),
    href: r.kind === 'comments' || r.articleId === null ? '/admin/comments' : `/admin/articles/${r.articleId}`,
    createdAt: r.createdAt.toISOString(),
    unread: !r.readAt,
  }));
}

export function wantsEmail(user: CurrentUser): Promise<boolean> {
  return getEmailNotifications({ userId: user.id });
}

export async function chooseEmail(user: CurrentUser, on: boolean): Promise<void> {
  await setEmailNotifications({ userId: user.id, on });
}
