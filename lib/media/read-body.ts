import 'server-only';

/** Past the cap, this much more is read and thrown away so that the client hears the refusal. */
const LINGER_BYTES = 32 * 1024 * 1024;

/**
 * The request body, read chunk by chunk and never kept past `maxBytes` (null then): a chunked
 * upload without Content-Length is never buffered whole first. Like nginx's lingering close, the
 * rest is read and discarded (up to LINGER_BYTES) so that the client, still sending, receives the
 * 413 instead of a reset connection; a body larger still is cut off.
 */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total <= maxBytes) chunks.push(value);
    else if (total > maxBytes + LINGER_BYTES) {
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
