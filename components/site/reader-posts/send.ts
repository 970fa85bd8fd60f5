/** The form's signed render time, from /api/comments/token or /api/tips/token. */
export type RenderToken = { token: string; minSeconds: number; at: number };
/** What /api/comments and /api/tips answer a script: the sentence to show and each field's problems. */
export type PostResult = { ok: boolean; message: string; fieldErrors?: Record<string, string[]> };

/**
 * Sends a reader's form (a comment, a tip) as a person would: not sooner than the minimum time
 * after the page's render token (lib/reader-posts/gate.ts refuses quicker posts), with the token.
 * Returns the HTTP status and the answer, or null when it was not the JSON the routes write.
 */
export async function sendReaderForm(url: string, form: HTMLFormElement, token: RenderToken | null): Promise<{ status: number; result: PostResult | null }> {
  const wait = token ? token.minSeconds * 1000 - (Date.now() - token.at) : 0;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 100));
  const body = new FormData(form);
  if (token) body.set('token', token.token);
  const response = await fetch(url, { method: 'POST', body, headers: { Accept: 'application/json' } });
  return { status: response.status, result: (await response.json().catch(() => null)) as PostResult | null };
}
