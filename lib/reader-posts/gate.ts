import type { CommentSettings } from '../comments/settings';

/*
 * The abuse controls every reader post goes through — a comment, a tip to the newsroom — in one
 * place, with the settings moderators keep at /admin/comments: the honeypot, the form's render
 * token and minimum time (a post without a valid token is kept but held as suspected spam), the
 * burst and hourly limits per address, the waiting-queue cap. lib/comments/submit.ts and
 * lib/tips/submit.ts add only what is their own (the story, the photo, their spam rules).
 */

export type Settings = Pick<CommentSettings, 'honeypot' | 'minSeconds' | 'burstSeconds' | 'perHour'>;

/** Outcomes every reader post shares; each kind of post adds its own. */
export type GateOutcome =
  | { kind: 'sent'; id: number; status: string }
  /** The honeypot was filled: answered like a success, nothing stored. */
  | { kind: 'trapped' }
  | { kind: 'invalid'; fieldErrors: Record<string, string[]> }
  | { kind: 'tooFast' }
  | { kind: 'limited'; window: 'burst' | 'hour'; burstSeconds: number; perHour: number }
  /** Too many posts already wait in that queue: a flood cannot bury it. */
  | { kind: 'queueFull' };

export type GateRefusal = 'burst' | 'hour' | 'full';

/** zod's issues as the form shows them: the first path segment → its messages. */
export function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) (out[String(issue.path[0] ?? '_')] ??= []).push(issue.message);
  return out;
}

/** A filled honeypot field: a robot. */
export function trapped(settings: Settings, honeypot: string): boolean {
  return settings.honeypot && honeypot.trim() !== '';
}

/**
 * The render token's word: `tooFast` when the form was sent sooner than minSeconds after the
 * page was rendered; otherwise whether the post is `unproven` (no valid token: no JavaScript, or a
 * script), which holds it as suspected spam. `issuedAt` is the token's time, null when invalid.
 */
export function patience(settings: Settings, issuedAt: number | null, now: Date): 'tooFast' | { unproven: boolean } {
  if (issuedAt !== null && settings.minSeconds > 0 && now.getTime() - issuedAt < settings.minSeconds * 1000) return 'tooFast';
  return { unproven: issuedAt === null };
}

/** Since when the burst and hourly limits count this address's posts. */
export function limitWindows(settings: Settings, now: Date): { burstSince: Date; hourSince: Date } {
  return { burstSince: new Date(now.getTime() - settings.burstSeconds * 1000), hourSince: new Date(now.getTime() - 3_600_000) };
}

/** Inside the insert's transaction: refused by the burst or hourly limit, given this address's counts. */
export function overLimit(settings: Settings, counts: { burst: number; hour: number }): 'burst' | 'hour' | null {
  if (settings.burstSeconds > 0 && counts.burst >= 1) return 'burst';
  if (counts.hour >= settings.perHour) return 'hour';
  return null;
}

/** The outcome of a refusal decided inside the transaction. */
export function refusedOutcome(refused: GateRefusal, settings: Settings): Extract<GateOutcome, { kind: 'limited' | 'queueFull' }> {
  if (refused === 'full') return { kind: 'queueFull' };
  return { kind: 'limited', window: refused, burstSeconds: settings.burstSeconds, perHour: settings.perHour };
}

type Texts = { sent: string; invalid: string; tooFast: string; rateBurst: (seconds: number) => string; rateHour: (count: number) => string; queueFull: string };

/** The sentence a reader sees for a shared outcome, in the words of that kind of post. */
export function gateMessage(outcome: GateOutcome, t: Texts): string {
  switch (outcome.kind) {
    case 'sent':
    case 'trapped':
      return t.sent;
    case 'invalid':
      return t.invalid;
    case 'tooFast':
      return t.tooFast;
    case 'limited':
      return outcome.window === 'burst' ? t.rateBurst(outcome.burstSeconds) : t.rateHour(outcome.perHour);
    case 'queueFull':
      return t.queueFull;
  }
}

/** The HTTP status of a shared outcome. */
export const GATE_STATUS: Record<GateOutcome['kind'], number> = { sent: 201, trapped: 201, invalid: 400, tooFast: 400, limited: 429, queueFull: 429 };
