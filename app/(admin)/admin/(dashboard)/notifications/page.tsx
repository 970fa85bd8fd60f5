import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageUser } from '@/lib/auth/session';
import { formatDateTimeLine } from '@/lib/format/dates';
import { messages } from '@/lib/i18n/messages';
import { openNotifications } from '@/lib/notifications/inbox';

export const metadata: Metadata = { title: messages.notifications.title };

export default async function NotificationsPage() {
  const user = await requirePageUser('dashboard.open', '/admin/notifications');
  const items = await openNotifications(user);
  const t = messages.notifications;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="field-hint">{t.intro}</p>
      {items.length ? (
        <ol className="notification-list">
          {items.map((item) => (
            <li key={item.id} className={item.unread ? 'notification--unread' : undefined}>
              {item.unread ? <span className="badge badge--review">{t.unread}</span> : null}
              <Link href={item.href}>{item.sentence}</Link>
              <time dateTime={item.createdAt}>{formatDateTimeLine(item.createdAt)}</time>
            </li>
          ))}
        </ol>
      ) : (
        <p className="panel">{t.none}</p>
      )}
    </>
  );
}
