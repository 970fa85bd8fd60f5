import type { SafeFigure } from '@/lib/articles/rich-text';
import { placedMediaByKey } from '@/lib/media/library';
import { NewsImage } from './NewsImage';

/** A photo in a story body with the story's caption and credit, served from the library's stored copies where it has them. */
export async function FigureBlock({ figure }: { figure: SafeFigure }) {
  const library = (await placedMediaByKey([figure.key])).get(figure.key);
  return (
    <figure className="figure">
      <NewsImage image={{ ...figure, variants: library?.variants }} sizes="(min-width: 760px) 720px, 100vw" />
      {figure.caption || figure.credit ? (
        <figcaption>
          {figure.caption}
          {figure.credit ? <span className="figure__credit"> {figure.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
