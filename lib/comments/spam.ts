/** Content rules that send a comment straight to spam (blocklists and duplicates are checked in the database). */

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|vn|ru|xyz|top|io|co|me|online|site|shop)(?:\/[^\s]*)?/gi;

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0;
}

/** The first blocked word the text contains (whole words, case- and accent-sensitive as written). */
export function findBlockedWord(text: string, words: string[]): string | null {
  const lower = text.toLowerCase();
  for (const word of words) {
    const w = word.trim().toLowerCase();
    if (!w) continue;
    const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(lower)) return word;
  }
  return null;
}
