import 'server-only';
import { getDb } from '@/db/client';
import { articleSlugInUse, insertArticle, insertRevision } from '@/db/queries/articles-admin';
import { analyzeImportedTables, commitWithoutWaiting, insertImportedComments, linkNewArticle, listImported, recordImportedMany, recordOldPaths, type ImportedComment } from '@/db/queries/imports';
import { articleContentColumns } from '@/lib/articles/derive';
import { uniqueSlug } from '@/lib/format/slug';
import { messages } from '@/lib/i18n/messages';
import { articleFieldsSchema } from '@/lib/validation/article';
import { convertPostContent } from './convert';
import { plainText } from './html';
import { attachmentOf, MediaImporter, type Attachment } from './media';
import { dropUnresolvedImages } from './nodes';
import { normalizeOldPath } from './paths';
import { ImportRun, type ImportSummary } from './run';
import { importAuthor, importCategory, importTag, wpSlug } from './taxonomy';
import { NotWxrError, readWxr, type WxrComment, type WxrItem, type WxrSite } from './wxr';

/*
 * npm run import:wordpress: reads the export twice, streaming both times. The first pass
 * checks that the file is a WXR export (refusing it before anything is written), counts the
 * items for the progress bar and notes every attachment (a post may name a photo that comes
 * later in the file). The second pass imports in file order: authors, categories and tags
 * (which WordPress writes first), then each post in a transaction of its own with its tags,
 * authors, comments and old addresses. Every item is recorded in import_items by its
 * WordPress id, so a second run finds it and changes nothing, and a stopped run resumes.
 */

export type ImportOptions = {
  file: string;
  /** The copy of the old site's wp-content/uploads; without it, posts come in without photos. */
  uploadsDir?: string | null;
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Runs once the file is known to be an export, before anything is written (the CLI migrates the database here). */
  prepare?: () => Promise<void>;
};

const t = messages.importer;
const BLANK_DATE = /^0000-00-00/;

/** A WordPress date ('2024-03-16 02:30:00'): the GMT one when set, else the local one read in the newsroom's time zone. */
export function itemDate(gmt: string, local: string): Date | null {
  const pick = gmt && !BLANK_DATE.test(gmt) ? `${gmt.trim().replace(' ', 'T')}Z` : local && !BLANK_DATE.test(local) ? `${local.trim().replace(' ', 'T')}+07:00` : '';
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|\+07:00)$/.test(pick)) return null;
  const date = new Date(pick);
  return Number.isNaN(date.getTime()) ? null : date;
}

const postDate = (item: WxrItem) => itemDate(item.postDateGmt, item.postDate);

/** The site an export comes from, as import_items names it. */
function sourceOf(site: WxrSite): string {
  try {
    const url = new URL(site.baseSiteUrl);
    return `wordpress:${url.host.toLowerCase()}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return `wordpress:${site.baseSiteUrl || site.title}`;
  }
}

type Survey = { site: WxrSite; total: number; attachments: Map<string, Attachment> };

async function survey(file: string): Promise<Survey> {
  let site: WxrSite | null = null;
  let total = 0;
  const attachments = new Map<string, Attachment>();
  for await (const record of readWxr(file)) {
    if (record.type === 'site') site = record;
    else if (record.type === 'item') {
      total++;
      if (record.postType === 'attachment' && record.postId) attachments.set(record.postId.trim(), attachmentOf(record, postDate));
    }
  }
  if (!site) throw new NotWxrError('no channel');
  return { site, total, attachments };
}

export async function importWordPress(options: ImportOptions): Promise<ImportSummary> {
  const { site, total, attachments } = await survey(options.file);
  await options.prepare?.();
  const run = new ImportRun(sourceOf(site), Boolean(options.dryRun));
  let siteHost = '';
  try {
    siteHost = new URL(site.baseSiteUrl).hostname.toLowerCase();
  } catch {
    siteHost = '';
  }
  const media = new MediaImporter({
    source: run.source,
    siteUrl: site.baseSiteUrl,
    uploadsDir: options.uploadsDir ?? null,
    dryRun: run.dryRun,
    attachments,
    userOf: (login) => (run.authors.get(login) ?? 0) > 0 ? run.authors.get(login)! : null,
  });
  const posts = new PostImporter(run, media, siteHost, new Set((await listImported({ source: run.source, kind: 'article' })).keys()));
  let done = 0;
  for await (const record of readWxr(options.file)) {
    if (record.type === 'author') await importAuthor(run, record);
    else if (record.type === 'category') await importCategory(run, record);
    else if (record.type === 'tag') await importTag(run, record);
    else if (record.type === 'item') {
      await posts.importItem(record);
      options.onProgress?.(++done, total);
    }
  }
  run.counts.media.imported = media.imported;
  run.counts.media.unchanged = media.unchanged;
  if (!run.dryRun) await analyzeImportedTables();
  return run.summary();
}

class PostImporter {
  private defaultSection: number | null = null;

  constructor(
    private readonly run: ImportRun,
    private readonly media: MediaImporter,
    private readonly siteHost: string,
    /** WordPress ids of the posts already imported from this source (read once: one query, not one a post). */
    private readonly imported: Set<string>,
  ) {}

  async importItem(item: WxrItem): Promise<void> {
    const run = this.run;
    if (item.postType === 'attachment') return; // taken in when a post shows it
    if (item.postType !== 'post') return run.skip('posts', item.postType === 'page' ? 'page' : 'otherType');
    const status = ({ publish: 'published', future: 'published', draft: 'draft', pending: 'review' } as const)[item.status as 'publish'];
    if (!status) return run.skip('posts', item.status === 'private' ? 'private' : item.status === 'trash' ? 'trash' : 'otherStatus');
    const title = plainText(item.title).trim();
    const label = title || item.postId || '?';
    if (!/^\d+$/.test(item.postId.trim())) return run.malformed(item.line, 'posts', `${t.malformed.noId} (${label})`);
    const postId = item.postId.trim();
    if (this.imported.has(postId)) {
      run.count('posts').unchanged++;
      return;
    }
    const date = postDate(item);
    if (status === 'published' && !date) return run.malformed(item.line, 'posts', `${t.malformed.badDate} (${label})`);
    if (!title) return run.malformed(item.line, 'posts', `${t.malformed.noTitle} (#${postId})`);

    const converted = convertPostContent(item.content, { siteHost: this.siteHost });
    for (const warning of converted.warnings) run.warn(item.line, warning.code, warning.what);
    for (const image of converted.images) {
      const resolved = await this.media.resolve(image);
      if ('code' in resolved) {
        run.warn(item.line, resolved.code, resolved.what);
        continue;
      }
      Object.assign(image.target, {
        mediaId: resolved.mediaId,
        key: resolved.key,
        width: resolved.width,
        height: resolved.height,
        alt: (image.alt || resolved.alt).slice(0, 300),
        caption: (image.caption || resolved.caption).slice(0, 1000),
        credit: resolved.credit.slice(0, 200),
      });
    }
    dropUnresolvedImages(converted.doc);
    let featuredMediaId: number | null = null;
    const thumbnail = item.meta._thumbnail_id?.trim();
    if (thumbnail) {
      const resolved = await this.media.resolve({ attachmentId: thumbnail, src: '' });
      if ('code' in resolved) run.warn(item.line, resolved.code, resolved.what);
      else featuredMediaId = resolved.mediaId > 0 ? resolved.mediaId : null;
    }

    let sapo = plainText(item.excerpt).replace(/\s+/g, ' ').trim();
    if (sapo.length > 1200) {
      sapo = `${sapo.slice(0, 1199)}…`;
      run.warn(item.line, 'sapoShortened', '');
    }
    const category = item.terms.find((term) => term.domain === 'category' && this.run.sections.has(term.slug));
    const sectionId = category ? run.sections.get(category.slug)!.id : await this.fallbackSection();
    // Two WordPress tags may have become one of ours (their slugs fold to the same): each once.
    const tagRefs = [...new Map(item.terms.filter((term) => term.domain === 'post_tag' && run.tags.has(term.slug)).map((term) => [run.tags.get(term.slug)!.id, run.tags.get(term.slug)!])).values()].slice(0, 20);
    const authorId = run.authors.get(item.creator.trim()) ?? null;
    const creditLine = authorId ? '' : (run.authorNames.get(item.creator.trim()) ?? item.creator.trim()).slice(0, 200);
    const parsed = articleFieldsSchema.safeParse({
      title: title.slice(0, 300),
      sapo,
      body: converted.doc,
      // A dry run's new sections have stand-in (negative) ids: checked as if they were real.
      sectionId: sectionId && Math.abs(sectionId),
      tags: tagRefs.map((tag) => tag.name.slice(0, 60)),
      creditLine,
      authorIds: authorId && authorId > 0 ? [authorId] : [],
      featuredMediaId,
    });
    if (!parsed.success) return run.malformed(item.line, 'posts', `${t.malformed.invalid}: ${parsed.error.issues[0]?.message ?? ''} (${label})`);
    const fields = parsed.data;
    const comments = this.commentsToImport(item.comments);
    const oldPaths = this.oldPaths(item, postId);
    if (!sectionId) return run.skip('posts', 'noSection');
    if (run.dryRun) {
      run.count('posts').imported++;
      run.count('comments').imported += comments.length;
      run.count('redirects').imported += oldPaths.length;
      return;
    }

    const publishedAt = status === 'published' ? date : null;
    const createdAt = date ?? new Date();
    const db = await getDb();
    const rows = this.commentRows(comments, createdAt);
    const paths = await db.transaction(async (tx) => {
      await commitWithoutWaiting(tx);
      const slug = await uniqueSlug(wpSlug(item.postName.replace(/__trashed$/, ''), title), (s) => articleSlugInUse({ slug: s }, tx));
      const id = await insertArticle(tx, {
        ...articleContentColumns(fields),
        slug,
        sectionId,
        status,
        publishedAt,
        createdBy: fields.authorIds[0] ?? null,
        createdAt,
        updatedAt: itemDate(item.modifiedGmt, item.modified) ?? createdAt,
      });
      await linkNewArticle(tx, { articleId: id, tagIds: tagRefs.map((tag) => tag.id), authorIds: fields.authorIds });
      const snapshot = { ...fields, slug, status, publishedAt: publishedAt?.toISOString() ?? null };
      await insertRevision(tx, { articleId: id, version: 1, snapshot, createdBy: fields.authorIds[0] ?? null });
      const commentIds = await insertImportedComments(tx, { articleId: id, rows });
      await recordImportedMany(tx, [
        { source: run.source, kind: 'article', sourceId: postId, targetId: id },
        ...comments.map((comment, i) => ({ source: run.source, kind: 'comment' as const, sourceId: comment.id.trim(), targetId: commentIds[i]! })),
      ]);
      return recordOldPaths(tx, { kind: 'path:article', paths: oldPaths, targetId: id });
    });
    this.imported.add(postId);
    run.count('posts').imported++;
    run.count('comments').imported += comments.length;
    run.count('redirects').imported += paths;
    for (let i = paths; i < oldPaths.length; i++) run.skip('redirects', 'duplicatePath');
  }

  /** The rows of a post's comments, each reply pointing at its parent's place in the list (a parent WordPress left out makes it a comment of its own). */
  private commentRows(list: WxrComment[], fallback: Date): ImportedComment[] {
    const index = new Map(list.map((comment, i) => [comment.id.trim(), i]));
    return list.map((comment) => ({
      name: plainText(comment.author).trim().slice(0, 80) || t.anonymousReader,
      email: comment.email.trim().slice(0, 200),
      body: plainText(comment.content).trim().slice(0, 5000),
      status: comment.approved === '1' ? 'approved' : comment.approved === 'spam' ? 'spam' : 'pending',
      createdAt: itemDate(comment.dateGmt, comment.date) ?? fallback,
      parentIndex: index.get(comment.parent.trim()) ?? null,
    }));
  }

  /** Comments that come in: readers' comments with words (pending and spam stay unpublished), in the order they were written. */
  private commentsToImport(list: WxrComment[]): WxrComment[] {
    const out: WxrComment[] = [];
    for (const comment of [...list].sort((a, b) => Number(a.id) - Number(b.id))) {
      if (comment.commentType === 'pingback' || comment.commentType === 'trackback') this.run.skip('comments', 'pingback');
      else if (comment.approved === 'trash' || comment.approved === 'post-trashed') this.run.skip('comments', 'trashComment');
      else if (!plainText(comment.content).trim()) this.run.skip('comments', 'emptyComment');
      else out.push(comment);
    }
    return out;
  }

  /** The post's old addresses on this site: its permalink and /?p=ID. */
  private oldPaths(item: WxrItem, postId: string): string[] {
    const paths = new Set<string>([`/?p=${postId}`]);
    for (const raw of [item.link, item.guid]) {
      if (!raw) continue;
      try {
        const url = new URL(raw, 'http://old.invalid');
        if (url.hostname !== 'old.invalid' && url.hostname.toLowerCase() !== this.siteHost) continue;
      } catch {
        continue;
      }
      const path = normalizeOldPath(raw);
      if (path) paths.add(path);
    }
    return [...paths];
  }

  /** A post without a category we know goes to the first section the export brought, or any section. */
  private async fallbackSection(): Promise<number | null> {
    if (this.defaultSection) return this.defaultSection;
    const first = [...this.run.sections.values()][0]?.id;
    if (first) return (this.defaultSection = first);
    const known = await listImported({ source: this.run.source, kind: 'section' });
    this.defaultSection = [...known.values()][0] ?? null;
    return this.defaultSection;
  }
}
