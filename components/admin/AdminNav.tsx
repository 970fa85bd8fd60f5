import Link from 'next/link';
import type { Role } from '@/db/schema/users';
import { can, type Permission } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { SignOutButton } from './SignOutButton';

const ITEMS: { href: string; label: keyof typeof messages.admin.nav; permission: Permission }[] = [
  { href: '/admin', label: 'overview', permission: 'dashboard.open' },
  { href: '/admin/articles', label: 'articles', permission: 'article.create' },
  { href: '/admin/articles/new', label: 'newArticle', permission: 'article.create' },
  { href: '/admin/media', label: 'media', permission: 'media.upload' },
  { href: '/admin/sections', label: 'sections', permission: 'section.manage' },
  { href: '/admin/tags', label: 'tags', permission: 'tag.manage' },
  { href: '/admin/home', label: 'home', permission: 'home.curate' },
  { href: '/admin/comments', label: 'comments', permission: 'comment.moderate' },
  { href: '/admin/pages', label: 'pages', permission: 'page.manage' },
  { href: '/admin/tips', label: 'tips', permission: 'tip.manage' },
  { href: '/admin/staff', label: 'staff', permission: 'staff.manage' },
  { href: '/admin/settings', label: 'settings', permission: 'settings.manage' },
  { href: '/admin/audit', label: 'audit', permission: 'audit.read' },
  { href: '/admin/profile', label: 'profile', permission: 'profile.edit' },
];

/** The dashboard's navigation: only what this role may open. */
export function AdminNav({ user, pendingComments = 0, unread = 0 }: { user: { name: string; role: Role }; pendingComments?: number; unread?: number }) {
  const t = messages.admin;
  return (
    <header className="admin-header">
      <div className="admin-header__top">
        <Link href="/admin" className="admin-header__brand">
          {t.title}
        </Link>
        <span className="admin-header__user">{t.signedInAs(user.name, messages.staff.roles[user.role])}</span>
        <Link href="/admin/notifications" className="admin-header__bell" aria-label={unread ? messages.notifications.bellUnread(unread) : messages.notifications.bell}>
          <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
            <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
            <path d="M13.7 21a2 2 0 0 1-3.4 0" />
          </svg>
          {unread ? <span className="admin-header__count" aria-hidden="true">{unread > 99 ? '99+' : unread}</span> : null}
        </Link>
        <SignOutButton />
      </div>
      <nav aria-label={t.nav.label} className="admin-nav">
        <ul>
          {ITEMS.filter((item) => can(user.role, item.permission)).map((item) => (
            <li key={item.href}>
              <Link href={item.href}>
                {t.nav[item.label]}
                {item.label === 'comments' && pendingComments > 0 ? <span className="badge" style={{ marginLeft: 6 }}>{pendingComments}</span> : null}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/">{t.nav.viewSite}</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
