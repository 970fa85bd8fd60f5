import 'server-only';
import { findMediaSummary } from '@/db/queries/media-summary';
import { listSections, listTagNames } from '@/db/queries/taxonomy';
import { listStaff } from '@/db/queries/users';
import { can, canEditArticle } from '../auth/permissions';
import type { CurrentUser } from '../auth/session';
import type { EditorData } from './editor-data';
import { paragraphsToDoc } from './rich-text';
import { fieldsOf } from './workflow';
import type { ArticleFields } from '../validation/article';
import { articlePath } from '../site/routes';
import { findViewableArticle } from './access';
import { getViewCounts } from '../views/most-read';
import { returnReasonFor } from './notes';
import { formatDateTimeLine } from '../format/dates';
import { newStoryAutosaveOffer, storyAutosaveOffer } from './autosave';
import { messages } from '../i18n/messages';

async function shared(user: CurrentUser) {
  const [sections, staff, tagSuggestions] = await Promise.all([listSections(), listStaff(), listTagNames({ limit: 400 })]);
  return {
    sectionSlugs: new Map(sections.map((s) => [s.id, s.slug])),
    sections: sections.map((s) => ({ id: s.id, name: s.parentId ? `— ${s.name}` : s.name, slug: s.slug })),
    staff: staff.filter((s) => s.active && s.role !== 'moderator').map((s) => ({ id: s.id, name: s.name })),
    /** Everyone, for the authors a story already has (an imported story's authors are inactive records). */
    everyone: staff,
    tagSuggestions,
    permissions: {
      publish: can(user.role, 'article.publish'),
      return: can(user.role, 'article.return'),
      unpublish: can(user.role, 'article.unpublish'),
      correct: can(user.role, 'article.correct'),
      takeOver: can(user.role, 'article.takeOver'),
      submit: can(user.role, 'article.submit'),
      trash: can(user.role, 'article.trash'),
    },
  };
}

/** An empty editor for a new story, with the writer as its author; their words from a new story never saved are offered back. */
export async function newArticleEditorData(user: CurrentUser): Promise<EditorData> {
  const [s, autosave] = await Promise.all([shared(user), newStoryAutosaveOffer(user)]);
  const fields: ArticleFields = {
    title: '',
    sapo: '',
    body: paragraphsToDoc(['']) as ArticleFields['body'],
    sectionId: null,
    tags: [],
    creditLine: '',
    authorIds: [user.id],
    featuredMediaId: null,
    slug: '',
    seoTitle: '',
    seoDescription: '',
  };
  return {
    article: { id: null, version: 1, status: 'draft', publishedAt: null, publicPath: null, fields },
    featured: null,
    sections: s.sections,
    staff: s.staff,
    tagSuggestions: s.tagSuggestions,
    can: { ...s.permissions, edit: true },
    autosave,
    views: null,
    returnReason: null,
    notice: null,
  };
}

/** The story as its editor opens it, or null when it does not exist, is in the trash or is not this person's to see. */
/** The sentence for a new story's first action, read from `?xong=` (the status it reached). */
function firstActionNotice(done: string | undefined, article: { status: string; publishedAt: Date | null }): string | null {
  const t = messages.articles;
  if (!done || done !== article.status) return null;
  if (done === 'draft') return t.savedAt(formatDateTimeLine(new Date()).slice(-5));
  if (done === 'review') return t.submitted;
  if (done === 'published' && article.publishedAt) return article.publishedAt > new Date() ? t.scheduled(formatDateTimeLine(article.publishedAt)) : t.published;
  return null;
}

export async function articleEditorData(user: CurrentUser, id: number, done?: string): Promise<EditorData | null> {
  const article = await findViewableArticle(user, id);
  if (!article) return null;
  const [s, autosave, featured, views, returned] = await Promise.all([
    shared(user),
    storyAutosaveOffer(user, article),
    article.featuredMediaId ? findMediaSummary({ id: article.featuredMediaId }) : null,
    article.publishedAt ? getViewCounts([id]) : null,
    article.status === 'returned' ? returnReasonFor(id) : null,
  ]);
  const fields = fieldsOf(article);
  const sectionSlug = s.sectionSlugs.get(article.sectionId);
  return {
    article: {
      id,
      version: article.version,
      status: article.status,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      publicPath: sectionSlug ? articlePath({ sectionSlug, slug: article.slug }) : null,
      fields,
    },
    featured,
    sections: s.sections,
    // The story's own authors stay listed (and ticked) even when they cannot be chosen anew.
    staff: s.everyone.filter((p) => s.staff.some((c) => c.id === p.id) || article.authorIds.includes(p.id)).map((p) => ({ id: p.id, name: p.name })),
    tagSuggestions: s.tagSuggestions,
    can: { ...s.permissions, edit: canEditArticle(user, article) },
    autosave,
    views: views ? (views.get(id) ?? { today: 0, week: 0, total: 0 }) : null,
    returnReason: returned ? { body: returned.body, by: returned.authorName, at: returned.createdAt } : null,
    notice: firstActionNotice(done, article),
  };
}
