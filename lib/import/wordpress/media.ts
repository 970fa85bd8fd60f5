import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { getDb } from '@/db/client';
import { findImported, recordImported } from '@/db/queries/imports';
import { findMediaById } from '@/db/queries/media';
import { MediaRejected, ingestUpload } from '@/lib/media/upload';
import type { PendingImage } from './convert';
import type { WxrItem } from './wxr';

/*
 * Photos come from the copy of wp-content/uploads given with --uploads, matched by their path
 * under uploads/ (never fetched over the network), and go into the media library through the
 * same ingestion as an upload from the dashboard: sniffed, re-encoded without metadata,
 * variants made. Each file is taken in once per source, whichever post names it first.
 */

export type Attachment = { id: string; file: string; alt: string; caption: string; credit: string; date: Date | null; author: string };
export type ResolvedMedia = { mediaId: number; key: string; width: number; height: number; alt: string; caption: string; credit: string };
export type MediaProblem = { code: 'imageMissing' | 'imageOutside' | 'imageRejected' | 'noUploads'; what: string };

const UPLOADS_MARK = '/uploads/';

/** The attachment an export item describes: where its file is under uploads/, and its alt, caption and credit. */
export function attachmentOf(item: WxrItem, parseDate: (item: WxrItem) => Date | null): Attachment {
  const fromUrl = item.attachmentUrl.includes(UPLOADS_MARK) ? item.attachmentUrl.slice(item.attachmentUrl.lastIndexOf(UPLOADS_MARK) + UPLOADS_MARK.length) : '';
  return {
    id: item.postId.trim(),
    file: decodePath(item.meta._wp_attached_file || fromUrl),
    alt: (item.meta._wp_attachment_image_alt ?? '').trim(),
    caption: item.excerpt.trim(),
    credit: phpSerializedString(item.meta._wp_attachment_metadata ?? '', 'credit'),
    date: parseDate(item),
    author: item.creator.trim(),
  };
}

function decodePath(value: string): string {
  try {
    return decodeURIComponent(value.split('?')[0]!).replace(/^\/+/, '');
  } catch {
    return value.replace(/^\/+/, '');
  }
}

/**
 * One string value named `key` in PHP's serialize() output (WordPress keeps attachment metadata
 * so). Reads by the byte lengths PHP writes, so multi-byte Vietnamese text comes out whole.
 */
export function phpSerializedString(serialized: string, key: string): string {
  const bytes = Buffer.from(serialized, 'utf8');
  const needle = Buffer.from(`s:${Buffer.byteLength(key)}:"${key}";s:`, 'utf8');
  const at = bytes.indexOf(needle);
  if (at < 0) return '';
  let i = at + needle.length;
  let digits = '';
  while (i < bytes.length && bytes[i]! >= 0x30 && bytes[i]! <= 0x39) digits += String.fromCharCode(bytes[i++]!);
  const length = Number(digits);
  if (!digits || bytes[i] !== 0x3a || bytes[i + 1] !== 0x22) return '';
  return bytes.subarray(i + 2, i + 2 + length).toString('utf8').trim();
}

export class MediaImporter {
  private readonly done = new Map<string, ResolvedMedia | null>();

  constructor(
    private readonly options: {
      source: string;
      siteUrl: string;
      uploadsDir: string | null;
      dryRun: boolean;
      attachments: Map<string, Attachment>;
      userOf: (login: string) => number | null;
    },
  ) {}

  /** The upload path a photo reference points at: its attachment's file, or its address under /uploads/ on the old site. */
  private fileOf(image: Pick<PendingImage, 'attachmentId' | 'src'>): { file: string; attachment: Attachment | null } | MediaProblem {
    const attachment = image.attachmentId ? (this.options.attachments.get(image.attachmentId) ?? null) : null;
    if (attachment?.file) return { file: attachment.file, attachment };
    const src = image.src.trim();
    let url: URL | null = null;
    try {
      url = new URL(src, this.options.siteUrl || 'http://old.invalid');
    } catch {
      url = null;
    }
    const at = url ? url.pathname.lastIndexOf(UPLOADS_MARK) : -1;
    if (!url || at < 0) return { code: 'imageOutside', what: src.slice(0, 200) || `#${image.attachmentId ?? '?'}` };
    return { file: decodePath(url.pathname.slice(at + UPLOADS_MARK.length)), attachment: null };
  }

  /** Brings the photo into the library (once) and says what the figure should show, or why it cannot. */
  async resolve(image: Pick<PendingImage, 'attachmentId' | 'src'>): Promise<ResolvedMedia | MediaProblem> {
    const found = this.fileOf(image);
    if ('code' in found) return found;
    const { file, attachment } = found;
    if (!this.options.uploadsDir) return { code: 'noUploads', what: file };
    const located = await this.locate(file);
    if (!located) return { code: 'imageMissing', what: file };
    const cached = this.done.get(located.relative);
    if (cached) return cached;
    if (cached === null) return { code: 'imageRejected', what: located.relative };
    const text = { alt: attachment?.alt ?? '', caption: attachment?.caption ?? '', credit: attachment?.credit ?? '' };
    const resolved = await this.ingest(located, attachment, text);
    this.done.set(located.relative, resolved);
    return resolved ?? { code: 'imageRejected', what: located.relative };
  }

  /** The file under uploads/, or the original of a resized copy (photo-640x427.jpg → photo.jpg); never outside the folder. */
  private async locate(file: string): Promise<{ relative: string; absolute: string } | null> {
    const root = path.resolve(this.options.uploadsDir!);
    const candidates = [file];
    const original = file.replace(/-\d{2,5}x\d{2,5}(\.[A-Za-z0-9]+)$/, '$1').replace(/-scaled(\.[A-Za-z0-9]+)$/, '$1');
    if (original !== file) candidates.push(original);
    for (const candidate of candidates) {
      const absolute = path.resolve(root, candidate);
      if (!absolute.startsWith(root + path.sep)) continue;
      const stat = await fs.stat(absolute).catch(() => null);
      if (stat?.isFile()) return { relative: path.relative(root, absolute).split(path.sep).join('/'), absolute };
    }
    return null;
  }

  private async ingest(
    located: { relative: string; absolute: string },
    attachment: Attachment | null,
    text: { alt: string; caption: string; credit: string },
  ): Promise<ResolvedMedia | null> {
    const { source, dryRun } = this.options;
    const known = await findImported({ source, kind: 'media', sourceId: located.relative });
    if (known) {
      const row = await findMediaById({ id: known });
      if (row) this.unchanged++;
      if (row) return { mediaId: row.id, key: row.key, width: row.width, height: row.height, alt: row.alt, caption: row.caption, credit: row.credit };
    }
    if (dryRun) return { mediaId: -1, key: `dry-run/${located.relative}`, width: 1, height: 1, ...text };
    try {
      const bytes = await fs.readFile(located.absolute);
      const { media } = await ingestUpload({
        bytes,
        originalName: path.basename(located.relative),
        userId: attachment ? this.options.userOf(attachment.author) : null,
        text: { alt: text.alt.slice(0, 300), caption: text.caption.slice(0, 1000), credit: text.credit.slice(0, 200) },
        now: attachment?.date ?? undefined,
      });
      const db = await getDb();
      await db.transaction((tx) => recordImported(tx, { source, kind: 'media', sourceId: located.relative, targetId: media.id }));
      this.imported++;
      return { mediaId: media.id, key: media.key, width: media.width, height: media.height, alt: media.alt, caption: media.caption, credit: media.credit };
    } catch (error) {
      if (error instanceof MediaRejected) return null;
      throw error;
    }
  }

  imported = 0;
  unchanged = 0;
}
