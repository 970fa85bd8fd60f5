import type { SnippetSegment } from '@/lib/search/snippet';

/** A search hit's passage as text, the matched words in <mark>: React escapes every segment. */
export function SearchSnippet({ segments }: { segments: SnippetSegment[] }) {
  if (!segments.length) return null;
  return (
    <p className="search-snippet">
      {segments.map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : segment.text))}
    </p>
  );
}
