import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';
import { mediaTextSchema } from '@/lib/media/fields';
import { browseMedia, getMediaItem, toMediaItem } from '@/lib/media/library';
import { readBodyCapped } from '@/lib/media/read-body';
import { ingestUpload, MAX_UPLOAD_BYTES, MediaRejected } from '@/lib/media/upload';

export const dynamic = 'force-dynamic';

const t = messages.media;
const NO_STORE = { 'Cache-Control': 'private, no-store' };

function answer(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/** Signed in and allowed to use the library, or the response that says why not. */
async function staffOrRefusal(): Promise<{ id: number } | Response> {
  const user = await getCurrentUser();
  if (!user) return answer({ error: messages.auth.signedOut }, 401);
  if (!can(user.role, 'media.upload')) return answer({ error: messages.auth.forbidden }, 403);
  return user;
}

/** Browsers say where a request comes from; uploads are only taken from the dashboard's own pages. */
function fromOtherSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * GET /api/media?q=&cursor= — one page of the library, newest first.
 * GET /api/media?id= — one photograph (`{ item }`), as the editor restores a placement's text from it.
 */
export async function GET(request: Request) {
  const user = await staffOrRefusal();
  if (user instanceof Response) return user;
  const params = new URL(request.url).searchParams;
  if (params.has('id')) {
    const id = Number(params.get('id'));
    const item = Number.isSafeInteger(id) && id > 0 ? await getMediaItem({ id }) : null;
    return item ? answer({ item }) : answer({ error: messages.validation.badId }, 404);
  }
  return answer(await browseMedia({ q: params.get('q') ?? '', cursor: params.get('cursor') ?? undefined }));
}

/** POST multipart: `file` (the photograph), optional `alt`, `caption`, `credit`. */
export async function POST(request: Request) {
  const user = await staffOrRefusal();
  if (user instanceof Response) return user;
  if (fromOtherSite(request)) return answer({ error: t.crossSite }, 403);
  // Refuse an oversized body before reading it (the multipart envelope adds a little), and
  // count the bytes while reading one that did not say its length.
  const maxBody = MAX_UPLOAD_BYTES + 64 * 1024;
  if (Number(request.headers.get('content-length') ?? 0) > maxBody) return answer({ error: t.tooLarge }, 413);

  let form: FormData;
  try {
    const body = await readBodyCapped(request, maxBody);
    if (!body) return answer({ error: t.tooLarge }, 413);
    form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return answer({ error: t.badRequest }, 400);
  }
  const file = form.get('file');
  if (!(file instanceof File) || (file.size === 0 && !file.name)) return answer({ error: t.noFile }, 400);
  if (file.size > MAX_UPLOAD_BYTES) return answer({ error: t.tooLarge }, 413);
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const text = mediaTextSchema.safeParse({ alt: field('alt'), caption: field('caption'), credit: field('credit') });
  if (!text.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of text.error.issues) (fieldErrors[issue.path.join('.')] ??= []).push(issue.message);
    return answer({ error: messages.validation.fixFields, fieldErrors }, 400);
  }

  try {
    const bytes = Buffer.from(await file.arrayBuffer());
    const { media, duplicate } = await ingestUpload({ bytes, originalName: file.name, userId: user.id, text: text.data });
    return answer({ media: toMediaItem(media), duplicate }, duplicate ? 200 : 201);
  } catch (error) {
    if (error instanceof MediaRejected) return answer({ error: t[error.reason] }, error.reason === 'tooLarge' ? 413 : 415);
    console.error('media upload failed', error);
    return answer({ error: t.failed }, 500);
  }
}
