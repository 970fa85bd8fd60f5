import type { NoteView } from '@/lib/articles/notes';
import { formatDateTimeLine } from '@/lib/format/dates';
import { messages } from '@/lib/i18n/messages';
import { NoteForm } from './NoteForm';

/** "Ghi chú nội bộ": what colleagues wrote about the story (and why it was sent back), oldest first. */
export function NotesPanel({ articleId, notes }: { articleId: number; notes: NoteView[] }) {
  const t = messages.articles.notes;
  return (
    <section className="panel" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      {notes.length ? (
        <ol className="notes-list">
          {notes.map((note) => (
            <li key={note.id} className={note.kind === 'return' ? 'note--return' : undefined}>
              <p className="note-meta">
                {note.kind === 'return' ? `${t.returnLabel} · ` : ''}
                <strong>{note.authorName ?? t.someone}</strong> · <time dateTime={note.createdAt}>{formatDateTimeLine(note.createdAt)}</time>
              </p>
              <p className="note-body">{note.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t.none}</p>
      )}
      <NoteForm articleId={articleId} />
    </section>
  );
}
