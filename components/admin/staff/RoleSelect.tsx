import type { Role } from '@/db/schema/users';
import { ROLE_LABELS } from '@/lib/auth/permissions';

const ROLES = Object.keys(ROLE_LABELS) as Role[];

export function RoleSelect({ defaultValue, ...props }: { defaultValue: Role } & Omit<React.ComponentProps<'select'>, 'defaultValue'>) {
  return (
    <select defaultValue={defaultValue} {...props}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </select>
  );
}
