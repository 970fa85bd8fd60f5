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
export function AdminNav({ user, pendingComments = 0 }: { user: { name: string; role: Role }; pendingComments?: number }) {
  const t = messages.admin;
  return (
    <header className="admin-header">
      <div className="admin-header__top">
        <Link href="/admin" className="admin-header__brand">
          {t.title}
        </Link>
        <span className="admin-header__user">{t.signedInAs(user.name, messages.staff.roles[user.role])}</span>
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
