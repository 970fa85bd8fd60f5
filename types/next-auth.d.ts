import type { Role } from '@/db/schema/users';

declare module 'next-auth' {
  interface User {
    role: Role;
    sv: number;
  }
  interface Session {
    user: { id: number; role: Role; sv: number; name?: string | null; email?: string | null; image?: string | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid: number;
    role: Role;
    sv: number;
  }
}
