import { z } from 'zod';
import { roleEnum } from '@/db/schema/users';
import { DEMO_PASSWORD } from '../demo/password';
import { messages } from '../i18n/messages';

/** One zod schema per input of the staff pages, the profile page and `user:create`. */
const v = messages.staff.validation;

export const MIN_PASSWORD_LENGTH = 10;

export const emailField = z.string({ error: v.email }).trim().toLowerCase().max(200, v.email).pipe(z.email(v.email));
export const nameField = z.string({ error: v.nameShort }).trim().min(2, v.nameShort).max(80, v.nameLong);
export const roleField = z.enum(roleEnum.enumValues, { error: v.role });
/** Every password a person chooses (staff forms, reset link, first admin, user:create); never the published demo one. */
export const passwordField = z
  .string({ error: v.passwordShort })
  .min(MIN_PASSWORD_LENGTH, v.passwordShort)
  .max(200, v.passwordLong)
  .refine((password) => password !== DEMO_PASSWORD, v.passwordPublished);
const staffId = z.coerce.number({ error: v.notFound }).int(v.notFound).positive(v.notFound).max(2_147_483_647, v.notFound);

/** A staff account as `user:create` and the "add staff" form take it. */
export const staffAccountSchema = z.object({ email: emailField, name: nameField, role: roleField, password: passwordField });
export type StaffAccountInput = z.output<typeof staffAccountSchema>;

export const changeRoleSchema = z.object({ id: staffId, role: roleField });
export const setActiveSchema = z.object({ id: staffId, active: z.boolean() });
export const resetPasswordSchema = z.object({ id: staffId, password: passwordField });

export const profileSchema = z.object({ name: nameField, bio: z.string().trim().max(1000, v.bioLong).default('') });

export const passwordChangeSchema = z
  .object({
    current: z.string({ error: v.currentPasswordRequired }).min(1, v.currentPasswordRequired).max(500),
    password: passwordField,
    confirm: z.string(),
  })
  .refine((input) => input.password === input.confirm, { message: v.confirmMismatch, path: ['confirm'] });

/** "Quên mật khẩu?": the address to send a link to. */
export const forgotPasswordSchema = z.object({ email: z.string({ error: messages.passwordReset.emailInvalid }).trim().toLowerCase().max(200, messages.passwordReset.emailInvalid).pipe(z.email(messages.passwordReset.emailInvalid)) });

/** The reset link's form: the token from the address, the new password twice. */
export const passwordResetSchema = z
  .object({
    token: z.string().min(20).max(100),
    password: passwordField,
    confirm: z.string(),
  })
  .refine((input) => input.password === input.confirm, { message: v.confirmMismatch, path: ['confirm'] });

export const resetLinkSchema = z.object({ id: staffId });
