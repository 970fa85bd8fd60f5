import type { Role } from '@/db/schema/users';
import { messages } from '@/lib/i18n/messages';

const ROLES = Object.keys(messages.staff.roles) as Role[];

export function RoleSelect({ defaultValue, ...props }: { defaultValue: Role } & Omit<React.ComponentProps<'select'>, 'defaultValue'>) {
  return (
    <select defaultValue={defaultValue} {...props}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {messages.staff.roles[role]}
        </option>
      ))}
    </select>
  );
}
