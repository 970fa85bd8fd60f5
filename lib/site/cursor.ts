/**
 * Keyset paging: where the next page starts, as one URL segment or query value. The one
 * format is the sort keys of the last row shown, as decimal integers joined by '-': an
 * optional rank, an optional time (milliseconds since 1970), then the row id. So
 * `1733011200000-42`, or `1-1733011200000-42` for a search, or `42` for the media library.
 *
 * Links made before there was one format still decode. Reader lists and search wrote the
 * time and id in base 36 (`m3x5k2o0-16`); a time written in decimal has ten digits or
 * more (any date after April 1970), one in base 36 has nine characters at most until the
 * year 5138, so the time key tells the two apart, and the id that follows is in the same
 * base. The dashboard's list and the media and audit pages already wrote decimal.
 */

export type CursorShape = 'id' | 'at-id' | 'rank-at-id';
type Decoded = { 'id': { id: number }; 'at-id': { at: Date; id: number }; 'rank-at-id': { rank: number; at: Date; id: number } };

const MAX_ID = 2_147_483_647;
const MAX_MS = 8.64e15; // the last instant a JavaScript Date can hold

export function encodeCursor(keys: { rank?: number; at?: Date | string; id: number }): string {
  const at = keys.at === undefined ? undefined : new Date(keys.at).getTime();
  return [keys.rank, at, keys.id].filter((key) => key !== undefined).join('-');
}

function integer(text: string, radix: 10 | 36, max: number): number | null {
  const pattern = radix === 10 ? /^[0-9]{1,16}$/ : /^[0-9a-z]{1,12}$/;
  if (!pattern.test(text)) return null;
  const value = Number.parseInt(text, radix);
  return Number.isSafeInteger(value) && value <= max ? value : null;
}

/** The cursor in a URL, or null when it is not one we made (then the list starts at the top). */
export function decodeCursor<S extends CursorShape>(value: unknown, shape: S): Decoded[S] | null {
  if (typeof value !== 'string') return null;
  const parts = value.split('-');
  if (parts.length !== shape.split('-').length) return null;
  const idText = parts.pop()!;
  if (shape === 'id') {
    const id = integer(idText, 10, MAX_ID);
    return id ? ({ id } as Decoded[S]) : null;
  }
  const atText = parts.pop()!;
  const radix = /^[0-9]{10,}$/.test(atText) ? 10 : 36;
  const ms = integer(atText, radix, MAX_MS);
  const id = integer(idText, radix, MAX_ID);
  if (ms === null || !id) return null;
  if (shape === 'at-id') return { at: new Date(ms), id } as Decoded[S];
  const rank = /^[0-9]$/.test(parts[0] ?? '') ? Number(parts[0]) : null;
  return rank === null ? null : ({ rank, at: new Date(ms), id } as Decoded[S]);
}
