import 'server-only';

/**
 * The request body (or a fetched response's), read chunk by chunk and never kept past `maxBytes` (null then): a chunked
 * upload without Content-Length is never buffered whole first. With `lingerBytes`, like nginx's
 * lingering close, up to that much more is read and thrown away so that a client still sending a
 * somewhat large body receives the 413 instead of a reset connection; past it, reading stops.
 */
export async function readBodyCapped(request: Pick<Request, 'body'>, maxBytes: number, { lingerBytes = 0 } = {}): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total <= maxBytes) chunks.push(value);
    else if (total > maxBytes + lingerBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
  }
  if (total > maxBytes) return null;
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
