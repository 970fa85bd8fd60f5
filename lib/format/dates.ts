import { messages } from '../i18n/messages';

export const NEWSROOM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const WEEKDAYS = messages.dates.weekdays;

type Parts = { year: string; month: string; day: string; hour: string; minute: string; second: string; weekday: number };

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: NEWSROOM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});

const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function partsOf(date: Date | string): Parts {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter.formatToParts(new Date(date))) parts[part.type] = part.value;
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
    second: parts.second ?? '',
    weekday: WEEKDAY_INDEX[parts.weekday ?? ''] ?? 0,
  };
}

/** `Thứ Năm, 20/01/2022` — the date line of an article, in Vietnam's time zone. */
export function formatDateLine(date: Date | string): string {
  const p = partsOf(date);
  return `${WEEKDAYS[p.weekday]}, ${p.day}/${p.month}/${p.year}`;
}

/** `Thứ Năm, 20/01/2022 08:30` — the date line followed by the time. */
export function formatDateTimeLine(date: Date | string): string {
  const p = partsOf(date);
  return `${formatDateLine(date)} ${p.hour}:${p.minute}`;
}

/** `20/01/2022` */
export function formatShortDate(date: Date | string): string {
  const p = partsOf(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** ISO 8601 with Vietnam's +07:00 offset, as NewsArticle JSON-LD wants: `2022-01-20T08:30:00+07:00`. */
export function toIsoVietnam(date: Date | string): string {
  const p = partsOf(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}+07:00`;
}

/** RFC 822 date for RSS, in UTC. */
export function toRfc822(date: Date | string): string {
  return new Date(date).toUTCString();
}

/** `2022-01`: the calendar month of a moment, in Vietnam's time zone. */
export function vietnamMonth(date: Date | string): string {
  const p = partsOf(date);
  return `${p.year}-${p.month}`;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000; // Asia/Ho_Chi_Minh: UTC+7, no daylight saving

/** The first moment of a Vietnam calendar month `YYYY-MM` and of the next one; null if malformed. */
export function vietnamMonthRange(month: string): { start: Date; end: Date } | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  return { start: new Date(Date.UTC(year, index, 1) - VIETNAM_OFFSET_MS), end: new Date(Date.UTC(year, index + 1, 1) - VIETNAM_OFFSET_MS) };
}

/** The moment the day of `date` began in Vietnam (00:00 +07:00). */
export function vietnamDayStart(date: Date): Date {
  const shifted = date.getTime() + VIETNAM_OFFSET_MS;
  return new Date(shifted - (shifted % 86_400_000) - VIETNAM_OFFSET_MS);
}

/** A Vietnam calendar day `YYYY-MM-DD` as the moment it began and the moment the next began; null if no such day. */
export function vietnamDayRange(day: string): { start: Date; end: Date } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const utc = Date.UTC(year, month, date);
  const check = new Date(utc);
  if (year < 1900 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month || check.getUTCDate() !== date) return null;
  return { start: new Date(utc - VIETNAM_OFFSET_MS), end: new Date(utc + 86_400_000 - VIETNAM_OFFSET_MS) };
}
