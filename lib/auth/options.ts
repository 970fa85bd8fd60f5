import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { messages } from '../i18n/messages';
import { clientIp } from '../security/ip';
import { authSecret } from './secret';
import { signIn } from './sign-in';
import { SIGN_IN_CODES } from './sign-in-codes';
import { makeChallenge, passSecondStep } from './two-step';

export const SIGN_IN_PATH = '/admin/dang-nhap';

/** next-auth's settings: email + password, JWT sessions carrying id, role and session version. */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: 12 * 3600 },
    // next-auth's own pages are in English: its errors come back to our sign-in page.
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    providers: [
      CredentialsProvider({
        name: 'Email',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: messages.auth.password, type: 'password' } },
        async authorize(credentials, req) {
          const email = String(credentials?.email ?? '').slice(0, 200);
          const password = String(credentials?.password ?? '').slice(0, 500);
          if (!email || !password) return null;
          const result = await signIn({ email, password, ip: clientIp(req?.headers ?? {}) });
          if (!result.ok) {
            if (result.reason === 'throttled') throw new Error(SIGN_IN_CODES.throttled);
            return null;
          }
          // No session yet: the form asks for the code and signs in through 'two-step' below.
          if (result.secondStep) throw new Error(`${SIGN_IN_CODES.twoStepPrefix}${makeChallenge(result.user)}`);
          return { id: String(result.user.id), name: result.user.name, email: result.user.email, role: result.user.role, sv: result.user.sessionVersion };
        },
      }),
      CredentialsProvider({
        id: 'two-step',
        name: messages.twoStep.code,
        credentials: { challenge: { label: 'challenge', type: 'text' }, code: { label: messages.twoStep.code, type: 'text' } },
        async authorize(credentials) {
          const challenge = String(credentials?.challenge ?? '').slice(0, 600);
          const code = String(credentials?.code ?? '').slice(0, 40);
          const result = await passSecondStep({ challenge, code });
          if (!result.ok) throw new Error(result.reason === 'throttled' ? SIGN_IN_CODES.throttled : result.reason === 'expired' ? SIGN_IN_CODES.twoStepExpired : SIGN_IN_CODES.twoStepInvalid);
          const { user } = result;
          return { id: String(user.id), name: user.name, email: user.email, role: user.role, sv: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.role = user.role;
          token.sv = user.sv;
        }
        return token;
      },
      session({ session, token }) {
        session.user = { ...session.user, id: token.uid, role: token.role, sv: token.sv };
        return session;
      },
    },
  };
}
