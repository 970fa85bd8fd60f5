import type { Metadata } from 'next';
import Link from 'next/link';
import { listBlocklist } from '@/db/queries/comments';
import { BlocklistForm } from '@/components/admin/comments/BlocklistForm';
import { CommentSettingsForm } from '@/components/admin/comments/CommentSettingsForm';
import { requirePageUser } from '@/lib/auth/session';
import { getCommentSettings } from '@/lib/comments/settings';
import { messages } from '@/lib/i18n/messages';

const t = messages.comments;

export const metadata: Metadata = { title: t.settings.title };

export default async function CommentSettingsPage() {
  await requirePageUser('comment.moderate', '/admin/comments/settings');
  const [settings, blocklist] = await Promise.all([getCommentSettings(), listBlocklist()]);
  const of = (kind: string) => blocklist.filter((b) => b.kind === kind).map((b) => b.value);
  return (
    <>
      <p>
        <Link href="/admin/comments">← {t.moderation.title}</Link>
      </p>
      <h1>{t.settings.title}</h1>
      <CommentSettingsForm initial={settings} />
      <h2>{t.blocklist.title}</h2>
      <BlocklistForm initial={{ words: of('word'), emails: of('email'), ips: of('ip') }} />
    </>
  );
}
