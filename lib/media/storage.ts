import 'server-only';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { dataDir } from '@/db/data-dir';

/**
 * Where media files live: a folder (./data/media, the default) or, when S3_BUCKET is set, an
 * S3-compatible bucket that every instance shares. Both drivers answer the same calls.
 */
export interface MediaStorage {
  readonly driver: 'local' | 's3';
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  /** The file as a stream, for serving without holding it in memory; null if absent. */
  open(key: string): Promise<{ body: ReadableStream<Uint8Array>; size: number } | null>;
  /** Size in bytes, or null if absent (media:migrate compares sizes). */
  size(key: string): Promise<number | null>;
  /** Removes the file if it is there (used to undo a failed upload). */
  delete(key: string): Promise<void>;
  /** Throws if the storage cannot be reached (health check). */
  check(): Promise<void>;
}

/**
 * Files under this prefix are for staff only (readers' tip photos): /media never serves them,
 * and they never enter the media library; an authenticated route handler streams them.
 */
export const STAFF_ONLY_PREFIX = 'private/';

export function isStaffOnlyMediaKey(key: string): boolean {
  return key.toLowerCase().startsWith(STAFF_ONLY_PREFIX);
}

const SAFE_KEY = /^[a-z0-9][a-z0-9/_.-]{0,200}$/i;

export function isSafeMediaKey(key: string): boolean {
  return SAFE_KEY.test(key) && !key.split('/').some((part) => part === '..' || part === '.' || part === '');
}

function assertSafe(key: string): void {
  if (!isSafeMediaKey(key)) throw new Error(`unsafe media key: ${key}`);
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

export function localMediaStorage(root: string): MediaStorage {
  const resolve = (key: string) => {
    assertSafe(key);
    return path.join(root, key);
  };
  return {
    driver: 'local',
    async put(key, data) {
      const file = resolve(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, data);
    },
    async get(key) {
      if (!isSafeMediaKey(key)) return null;
      try {
        return await fs.readFile(resolve(key));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async open(key) {
      const size = await this.size(key);
      if (size === null) return null;
      return { body: Readable.toWeb(createReadStream(resolve(key))) as ReadableStream<Uint8Array>, size };
    },
    async size(key) {
      if (!isSafeMediaKey(key)) return null;
      try {
        const stat = await fs.stat(resolve(key));
        return stat.isFile() ? stat.size : null;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await fs.rm(resolve(key), { force: true });
    },
    async check() {
      await fs.mkdir(root, { recursive: true });
      await fs.access(root, fs.constants.R_OK | fs.constants.W_OK);
    },
  };
}

export type S3Settings = { endpoint?: string; region: string; bucket: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean };

/** S3_* variables; null when S3_BUCKET is not set (the local folder is used). */
export function s3SettingsFromEnv(env: NodeJS.ProcessEnv = process.env): S3Settings | null {
  if (!env.S3_BUCKET) return null;
  return {
    endpoint: env.S3_ENDPOINT || undefined,
    region: env.S3_REGION || 'us-east-1',
    bucket: env.S3_BUCKET,
    accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true' || env.S3_FORCE_PATH_STYLE === '1',
  };
}

const notFound = (error: unknown) =>
  error instanceof S3ServiceException && (error.$metadata.httpStatusCode === 404 || error.name === 'NoSuchKey' || error.name === 'NotFound');

export function s3MediaStorage(settings: S3Settings): MediaStorage {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
  });
  const Bucket = settings.bucket;
  async function fetchObject(key: string) {
    if (!isSafeMediaKey(key)) return null;
    try {
      return await client.send(new GetObjectCommand({ Bucket, Key: key }));
    } catch (error) {
      if (notFound(error)) return null;
      throw error;
    }
  }
  return {
    driver: 's3',
    async put(key, data) {
      assertSafe(key);
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: data, ContentLength: data.length, ContentType: mimeForKey(key) }));
    },
    async get(key) {
      const object = await fetchObject(key);
      return object?.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
    },
    async open(key) {
      const object = await fetchObject(key);
      if (!object?.Body) return null;
      return { body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: Number(object.ContentLength ?? 0) };
    },
    async size(key) {
      if (!isSafeMediaKey(key)) return null;
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return Number(head.ContentLength ?? 0);
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      assertSafe(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    async check() {
      await client.send(new HeadBucketCommand({ Bucket }));
    },
  };
}

let configured: MediaStorage | undefined;

/** The storage this process uses: S3 when S3_BUCKET is set, else the data folder's media/. */
export function mediaStorage(): MediaStorage {
  const s3 = s3SettingsFromEnv();
  if (s3) return (configured ??= s3MediaStorage(s3));
  return localMediaStorage(path.join(dataDir(), 'media'));
}

const MIME_BY_EXTENSION: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

export function mimeForKey(key: string): string {
  return MIME_BY_EXTENSION[path.extname(key).toLowerCase()] ?? 'application/octet-stream';
}
