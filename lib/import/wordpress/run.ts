import type { ConvertWarning } from './convert';
import type { MediaProblem } from './media';
import type { SectionRef } from './taxonomy';

/** What the importer counts, per kind of item. */
export type ImportKindName = 'sections' | 'tags' | 'authors' | 'media' | 'posts' | 'comments' | 'redirects';
export type KindCount = { imported: number; unchanged: number; skipped: Record<string, number> };
export type WarningCode = ConvertWarning['code'] | MediaProblem['code'] | 'tooDeep' | 'slugChanged' | 'malformed' | 'sapoShortened';
export type ImportWarning = { line: number; code: WarningCode; what: string };

export type ImportSummary = {
  dryRun: boolean;
  counts: Record<ImportKindName, KindCount>;
  warnings: ImportWarning[];
};

const KINDS: ImportKindName[] = ['sections', 'tags', 'authors', 'media', 'posts', 'comments', 'redirects'];

/** The state of one run: what the source's ids became here, and the tallies for the summary. */
export class ImportRun {
  readonly counts = Object.fromEntries(KINDS.map((k) => [k, { imported: 0, unchanged: 0, skipped: {} }])) as Record<ImportKindName, KindCount>;
  readonly warnings: ImportWarning[] = [];
  /** WordPress category nicename → our section, with its WordPress path (parent/child) for /category/… addresses. */
  readonly sections = new Map<string, SectionRef>();
  /** Our section id → its parent (null at the top), to keep the tree two levels deep. */
  readonly parentOf = new Map<number, number | null>();
  /** WordPress tag nicename → our tag. */
  readonly tags = new Map<string, { id: number; name: string; slug: string }>();
  /** WordPress author login → our staff id; and their display names, for credit lines. */
  readonly authors = new Map<string, number>();
  readonly authorNames = new Map<string, string>();
  private nextFakeId = -1;

  constructor(
    readonly source: string,
    readonly dryRun: boolean,
  ) {}

  count(kind: ImportKindName): KindCount {
    return this.counts[kind];
  }

  skip(kind: ImportKindName, reason: string) {
    const skipped = this.counts[kind].skipped;
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  }

  warn(line: number, code: WarningCode, what: string) {
    this.warnings.push({ line, code, what });
  }

  malformed(line: number, kind: ImportKindName, what: string) {
    this.skip(kind, 'malformed');
    this.warn(line, 'malformed', what);
  }

  /** In a dry run nothing is written; items still need ids to refer to each other. */
  fakeId(): number {
    return this.nextFakeId--;
  }

  summary(): ImportSummary {
    return { dryRun: this.dryRun, counts: this.counts, warnings: this.warnings };
  }
}
