import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleEditor } from '@/components/admin/editor/ArticleEditor';
import { StoryViews } from '@/components/admin/editor/StoryViews';
import { NotesPanel } from '@/components/admin/editor/NotesPanel';
import { PreviewLinksPanel } from '@/components/admin/editor/PreviewLinksPanel';
import { articleEditorData } from '@/lib/articles/editing';
import { notesFor } from '@/lib/articles/notes';
import { previewLinksFor } from '@/lib/articles/preview-links';
import { requirePageUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';
import { siteIdentity } from '@/lib/site/settings';

export const metadata: Metadata = { title: messages.articles.editTitle };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  const done = (await searchParams).xong;
  const user = await requirePageUser('article.create', `/admin/articles/${id}`);
  const data = /^\d{1,9}$/.test(id) ? await articleEditorData(user, Number(id), typeof done === 'string' ? done : undefined) : null;
  if (!data) notFound();
  const [notes, links, site] = await Promise.all([notesFor(user, Number(id)), previewLinksFor(user, Number(id)), siteIdentity()]);
  return (
    <>
      <h1>{messages.articles.editTitle}</h1>
      {data.views ? <StoryViews views={data.views} /> : null}
      <ArticleEditor data={data} site={site} />
      {notes ? <NotesPanel articleId={Number(id)} notes={notes} /> : null}
      {links ? <PreviewLinksPanel articleId={Number(id)} links={links} /> : null}
    </>
  );
}
