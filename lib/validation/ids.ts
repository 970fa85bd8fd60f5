import { z } from 'zod';
import { messages } from '../i18n/messages';

/** PostgreSQL's integer: ids and versions are stored as int4, so nothing larger can name a row. */
export const INT4_MAX = 2_147_483_647;

const bad = messages.validation.badId;

/** A row's id (or a version number) as actions take it: refused with a message before any query when it cannot be one. */
export const rowId = z.number({ error: bad }).int(bad).positive(bad).max(INT4_MAX, bad);
