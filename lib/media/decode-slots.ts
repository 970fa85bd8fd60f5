import 'server-only';
import pLimit from 'p-limit';

/*
 * Decoding and re-encoding a photograph keeps a core busy for a while (libvips adds threads):
 * at most two images decode at a time in a process — uploads and social-card crops alike — so
 * that a burst of them cannot starve page rendering; the others wait their turn.
 * limitInputPixels (process.ts) still bounds each decode.
 */
export const decodeSlots = pLimit(2);

/** How many decodes run and wait now (for tests and the health page). */
export function decodeLoad(): { active: number; pending: number } {
  return { active: decodeSlots.activeCount, pending: decodeSlots.pendingCount };
}
