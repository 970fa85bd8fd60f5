/*
 * WordPress shortcodes ([caption …]…[/caption], [gallery ids="1,2"], [embed]…[/embed] and any
 * plugin's) are not HTML, so the HTML parser cannot see them. This small tokenizer finds them
 * in a post's text and splits it into text and shortcode pieces, as WordPress's own
 * do_shortcode would, without evaluating anything.
 */

export type ShortcodeAttrs = { named: Record<string, string>; positional: string[] };
export type Shortcode = { type: 'shortcode'; name: string; attrs: ShortcodeAttrs; inner: string | null; raw: string };
export type TextPiece = { type: 'text'; text: string };
export type Piece = TextPiece | Shortcode;

const NAME = /[A-Za-z_][A-Za-z0-9_-]*/y;
/** Shortcodes WordPress core and common plugins write with a closing tag. */
const ENCLOSING = new Set(['caption', 'wp_caption', 'embed', 'video', 'audio']);

/** The attributes of a shortcode tag: key="v", key='v', key=v, "positional" or positional. */
export function parseShortcodeAttrs(text: string): ShortcodeAttrs {
  const named: Record<string, string> = {};
  const positional: string[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const readValue = (): string => {
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, i + 1);
      const value = text.slice(i + 1, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end + 1;
      return value;
    }
    const start = i;
    while (i < text.length && !/\s/.test(text[i]!)) i++;
    return text.slice(start, i);
  };
  while (i < text.length) {
    skipSpace();
    if (i >= text.length) break;
    const keyMatch = /^([A-Za-z0-9_-]+)\s*=\s*/.exec(text.slice(i));
    if (keyMatch) {
      i += keyMatch[0].length;
      named[keyMatch[1]!.toLowerCase()] = readValue();
    } else positional.push(readValue());
  }
  return { named, positional };
}

/** Finds where the opening tag that starts at `start` (a '[') ends, honouring quotes; -1 if it does not. */
function tagEnd(text: string, start: number): number {
  let quote: string | null = null;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') return -1;
    else if (c === ']') return i;
  }
  return -1;
}

/** Splits `text` into plain text and shortcodes; `[[x]]` is WordPress's escape for a literal `[x]`. */
export function splitShortcodes(text: string): Piece[] {
  const pieces: Piece[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('[', i);
    if (open < 0) break;
    plain += text.slice(i, open);
    i = open;
    if (text[open + 1] === '[') {
      const end = text.indexOf(']]', open);
      if (end > 0) {
        plain += text.slice(open + 1, end + 1);
        i = end + 2;
        continue;
      }
    }
    NAME.lastIndex = open + 1;
    const name = NAME.exec(text)?.[0];
    const end = name ? tagEnd(text, open) : -1;
    const after = name ? text[open + 1 + name.length] : undefined;
    if (!name || end < 0 || (after !== ']' && after !== '/' && !/\s/.test(after ?? ''))) {
      plain += '[';
      i = open + 1;
      continue;
    }
    let attrText = text.slice(open + 1 + name.length, end);
    const selfClosing = attrText.trimEnd().endsWith('/');
    if (selfClosing) attrText = attrText.trimEnd().slice(0, -1);
    let inner: string | null = null;
    let stop = end + 1;
    if (!selfClosing) {
      const closing = `[/${name}]`;
      const close = text.indexOf(closing, end + 1);
      const nextOpen = text.indexOf(`[${name}`, end + 1);
      if (close >= 0 && (ENCLOSING.has(name.toLowerCase()) || nextOpen < 0 || nextOpen > close)) {
        inner = text.slice(end + 1, close);
        stop = close + closing.length;
      }
    }
    if (plain) pieces.push({ type: 'text', text: plain });
    plain = '';
    pieces.push({ type: 'shortcode', name: name.toLowerCase(), attrs: parseShortcodeAttrs(attrText), inner, raw: text.slice(open, stop) });
    i = stop;
  }
  plain += text.slice(i);
  if (plain) pieces.push({ type: 'text', text: plain });
  return pieces;
}
