import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../../env";
import { db } from "../db";
import { recordAudit } from "../audit/record-audit";
import { clientIp } from "./client-ip";
import { createSignInLimiter } from "./rate-limit";
import { signInWithPassword } from "./sign-in";

const limiter = createSignInLimiter(db);

function oidcProvider(): NextAuthOptions["providers"] {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: "oidc",
      name: env.OIDC_NAME,
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      profile: (p: { sub: string; email?: string; name?: string }) => ({ id: p.sub, email: p.email ?? "", name: p.name ?? p.email ?? "" }),
    },
  ];
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_HOURS * 3600, updateAge: 15 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-post og passord",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const email = String(credentials?.email ?? "");
        const password = String(credentials?.password ?? "");
        if (!email || !password) return null;
        const result = await signInWithPassword({ db, limiter, email, password, ip: clientIp(req.headers ?? {}) });
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name, sv: result.user.sessionVersion };
        if (result.error === "RATE_LIMITED") throw new Error(`RATE_LIMITED:${result.retryInMinutes}`);
        return null;
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    // OpenID Connect only signs in people Ajour already knows (invited, not disabled).
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      const known = user.email ? await db.user.findUnique({ where: { email: user.email.toLowerCase() } }) : null;
      if (!known || known.disabled) return false;
      await db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: known.id }, data: { lastSignInAt: new Date() } });
        await recordAudit(tx, { actor: known.email, action: "user.sign-in", subject: `user:${known.id}`, after: { provider: "oidc" } });
      });
      return true;
    },
    async jwt({ token, user, account }) {
      if (user && account?.provider === "credentials") {
        token.uid = user.id;
        token.sv = (user as { sv?: number }).sv ?? 0;
      } else if (user && account?.provider === "oidc") {
        const known = await db.user.findUniqueOrThrow({ where: { email: String(user.email).toLowerCase() } });
        token.uid = known.id;
        token.sv = known.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { id: token.uid ?? "", email: token.email ?? "", name: token.name ?? "" };
      session.sessionVersion = token.sv ?? -1;
      return session;
    },
  },
};
