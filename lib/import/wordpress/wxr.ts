import fs from 'node:fs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/*
 * A streaming reader of WordPress eXtended RSS (what Tools → Export writes). The file is read
 * in chunks and each finished record (site facts, an author, a category, a tag, an item with its
 * meta and comments) is handed out as soon as its closing tag is read, so a 1 GB export runs
 * in the memory of one item. It reads structure only; deciding what a record means is the
 * importer's work.
 */

export type WxrSite = { type: 'site'; line: number; wxrVersion: string; baseSiteUrl: string; title: string };
export type WxrAuthor = { type: 'author'; line: number; id: string; login: string; email: string; displayName: string; firstName: string; lastName: string };
export type WxrCategory = { type: 'category'; line: number; termId: string; slug: string; parentSlug: string; name: string; description: string };
export type WxrTag = { type: 'tag'; line: number; termId: string; slug: string; name: string };
export type WxrComment = {
  id: string;
  author: string;
  email: string;
  dateGmt: string;
  date: string;
  content: string;
  approved: string;
  commentType: string;
  parent: string;
};
export type WxrItem = {
  type: 'item';
  line: number;
  title: string;
  link: string;
  creator: string;
  guid: string;
  content: string;
  excerpt: string;
  postId: string;
  postDate: string;
  postDateGmt: string;
  modified: string;
  modifiedGmt: string;
  postName: string;
  status: string;
  postType: string;
  attachmentUrl: string;
  terms: { domain: string; slug: string; name: string }[];
  meta: Record<string, string>;
  comments: WxrComment[];
};
export type WxrRecord = WxrSite | WxrAuthor | WxrCategory | WxrTag | WxrItem;

/** The file is not a WordPress export (or not XML at all): nothing was read from it. */
export class NotWxrError extends Error {
  constructor(readonly detail: string) {
    super(`not a WordPress WXR export: ${detail}`);
    this.name = 'NotWxrError';
  }
}

/** The XML breaks off or goes wrong at `line`; records before it were read. */
export class WxrSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`WXR syntax error at line ${line}: ${detail}`);
    this.name = 'WxrSyntaxError';
  }
}

type Fields = Record<string, string>;
type Open = { kind: 'author' | 'category' | 'tag' | 'item'; line: number; fields: Fields; item?: WxrItem };

const RECORD_TAGS: Record<string, Open['kind']> = { 'wp:author': 'author', 'wp:category': 'category', 'wp:tag': 'tag', item: 'item' };

function newItem(line: number): WxrItem {
  return {
    type: 'item',
    line,
    title: '',
    link: '',
    creator: '',
    guid: '',
    content: '',
    excerpt: '',
    postId: '',
    postDate: '',
    postDateGmt: '',
    modified: '',
    modifiedGmt: '',
    postName: '',
    status: '',
    postType: '',
    attachmentUrl: '',
    terms: [],
    meta: {},
    comments: [],
  };
}

const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  'dc:creator': 'creator',
  guid: 'guid',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'postId',
  'wp:post_date': 'postDate',
  'wp:post_date_gmt': 'postDateGmt',
  'wp:post_modified': 'modified',
  'wp:post_modified_gmt': 'modifiedGmt',
  'wp:post_name': 'postName',
  'wp:status': 'status',
  'wp:post_type': 'postType',
  'wp:attachment_url': 'attachmentUrl',
};

const COMMENT_FIELDS: Record<string, keyof WxrComment> = {
  'wp:comment_id': 'id',
  'wp:comment_author': 'author',
  'wp:comment_author_email': 'email',
  'wp:comment_date': 'date',
  'wp:comment_date_gmt': 'dateGmt',
  'wp:comment_content': 'content',
  'wp:comment_approved': 'approved',
  'wp:comment_type': 'commentType',
  'wp:comment_parent': 'parent',
};

/**
 * Reads `file` and yields its records in order. Throws NotWxrError before yielding anything
 * when the file is not a WXR export, WxrSyntaxError when the XML breaks later on.
 */
export async function* readWxr(file: string): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  const ready: WxrRecord[] = [];
  const path: string[] = [];
  let text = '';
  let sawRoot = false;
  let site: WxrSite | null = null;
  const channel: Fields = {};
  let open: Open | null = null;
  let comment: Partial<WxrComment> | null = null;
  let metaKey = '';
  let metaValue = '';
  let term: { domain: string; slug: string } | null = null;
  let failure: Error | null = null;

  const announceSite = (line: number) => {
    if (site) return;
    if (!channel['wp:wxr_version']) throw new NotWxrError('no <wp:wxr_version> before the first item');
    site = { type: 'site', line, wxrVersion: channel['wp:wxr_version'], baseSiteUrl: channel['wp:base_site_url'] || channel.link || '', title: channel.title ?? '' };
    ready.push(site);
  };

  parser.on('error', (error) => {
    failure ??= sawRoot ? new WxrSyntaxError(parser.line, error.message) : new NotWxrError(error.message);
    throw failure;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (!sawRoot) {
      sawRoot = true;
      if (tag.name !== 'rss') throw (failure = new NotWxrError(`the document is <${tag.name}>, not <rss>`));
    }
    path.push(tag.name);
    text = '';
    const parent = path[path.length - 2];
    if (!open && parent === 'channel' && RECORD_TAGS[tag.name]) {
      announceSite(parser.line);
      const kind = RECORD_TAGS[tag.name]!;
      open = { kind, line: parser.line, fields: {}, item: kind === 'item' ? newItem(parser.line) : undefined };
    } else if (open?.item && tag.name === 'wp:comment' && parent === 'item') {
      comment = {};
    } else if (open?.item && tag.name === 'category' && parent === 'item') {
      term = { domain: String(tag.attributes.domain ?? ''), slug: String(tag.attributes.nicename ?? '') };
    } else if (open?.item && tag.name === 'wp:postmeta') {
      metaKey = '';
      metaValue = '';
    }
  });
  const onText = (value: string) => {
    text += value;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    const name = tag.name;
    const parent = path[path.length - 2];
    path.pop();
    const value = text;
    text = '';
    if (parent === 'channel' && !open) {
      if (name in { title: 1, link: 1, 'wp:wxr_version': 1, 'wp:base_site_url': 1 }) channel[name] = value.trim();
      return;
    }
    if (name === 'channel') announceSite(parser.line);
    if (!open) return;
    const item = open.item;
    if (item) {
      if (comment) {
        if (name === 'wp:comment') {
          item.comments.push({ id: '', author: '', email: '', date: '', dateGmt: '', content: '', approved: '', commentType: '', parent: '', ...comment });
          comment = null;
        } else if (parent === 'wp:comment' && COMMENT_FIELDS[name]) comment[COMMENT_FIELDS[name]] = value;
        return;
      }
      if (name === 'category' && term && parent === 'item') {
        item.terms.push({ ...term, name: value.trim() });
        term = null;
      } else if (name === 'wp:meta_key' && parent === 'wp:postmeta') metaKey = value;
      else if (name === 'wp:meta_value' && parent === 'wp:postmeta') metaValue = value;
      else if (name === 'wp:postmeta') {
        if (metaKey) item.meta[metaKey] = metaValue;
      } else if (parent === 'item' && ITEM_FIELDS[name]) {
        (item as Record<string, unknown>)[ITEM_FIELDS[name]] = value;
      } else if (name === 'item') {
        ready.push(item);
        open = null;
      }
      return;
    }
    if (path.length >= 3 && path[path.length - 1] !== 'channel') {
      open.fields[name] = value;
      return;
    }
    if (path[path.length - 1] === 'channel') {
      ready.push(toRecord(open));
      open = null;
    }
  });

  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      while (ready.length) yield ready.shift()!;
    }
    parser.close();
  } catch (error) {
    if (error instanceof NotWxrError || error instanceof WxrSyntaxError) throw error;
    if (failure) throw failure;
    throw error;
  } finally {
    stream.destroy();
  }
  if (!sawRoot) throw new NotWxrError('the file is empty');
  if (!site) announceSite(parser.line);
  while (ready.length) yield ready.shift()!;
}

function toRecord(open: Open): WxrRecord {
  const f = open.fields;
  const line = open.line;
  if (open.kind === 'author') {
    return {
      type: 'author',
      line,
      id: f['wp:author_id'] ?? '',
      login: (f['wp:author_login'] ?? '').trim(),
      email: (f['wp:author_email'] ?? '').trim(),
      displayName: (f['wp:author_display_name'] ?? '').trim(),
      firstName: (f['wp:author_first_name'] ?? '').trim(),
      lastName: (f['wp:author_last_name'] ?? '').trim(),
    };
  }
  if (open.kind === 'category') {
    return {
      type: 'category',
      line,
      termId: (f['wp:term_id'] ?? '').trim(),
      slug: (f['wp:category_nicename'] ?? '').trim(),
      parentSlug: (f['wp:category_parent'] ?? '').trim(),
      name: (f['wp:cat_name'] ?? '').trim(),
      description: (f['wp:category_description'] ?? '').trim(),
    };
  }
  return { type: 'tag', line, termId: (f['wp:term_id'] ?? '').trim(), slug: (f['wp:tag_slug'] ?? '').trim(), name: (f['wp:tag_name'] ?? '').trim() };
}
