import { foldVietnamese } from '../format/fold';

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 8;

export type ParsedQuery = { text: string; terms: string[]; truncated: boolean };

/**
 * A reader's query as folded search terms. Any input is acceptable: control characters,
 * quotes and symbols become spaces; overly long input is cut, never refused.
 */
export function parseSearchQuery(raw: unknown): ParsedQuery {
  const input = typeof raw === 'string' ? raw : Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0] : '';
  const truncated = input.length > MAX_QUERY_LENGTH;
  const text = input
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const terms = [
    ...new Set(
      foldVietnamese(text)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .split(' ')
        .filter(Boolean),
    ),
  ].slice(0, MAX_TERMS);
  return { text, terms, truncated };
}
