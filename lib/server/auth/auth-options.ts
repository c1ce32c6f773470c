import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../../env";
import { db } from "../db";
import { loadActor } from "../access/load-actor";
import { recordAudit } from "../audit/record-audit";
import { clientAddress } from "./client-address";
import { resolveSameOrigin } from "./safe-redirect";
import { createSession, revokeSession, sessionPolicy } from "./sessions";
import { signInWithPassword } from "./sign-in";

const policy = sessionPolicy(env);

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
  // The cookie lives as long as the absolute limit; the session record (sessions.ts) ends it
  // earlier when idle, on sign-out, password change or disabling.
  session: { strategy: "jwt", maxAge: env.SESSION_ABSOLUTE_MAX_HOURS * 3600, updateAge: 15 * 60 },
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
        const result = await signInWithPassword({ db, email, password, client: clientAddress(req.headers ?? {}, env.TRUSTED_PROXY_HOPS) });
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
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
    // Runs with `user` only at sign-in: a new session record, whose id the cookie carries.
    async jwt({ token, user, account }) {
      let userId: string | null = null;
      if (user && account?.provider === "credentials") userId = user.id;
      else if (user && account?.provider === "oidc") {
        userId = (await db.user.findUniqueOrThrow({ where: { email: String(user.email).toLowerCase() } })).id;
      }
      if (userId) {
        token.uid = userId;
        token.sid = await createSession({ db, userId, policy });
      }
      return token;
    },
    // /api/auth/session: a revoked, idle or expired session record is no session, whatever the cookie says.
    async session({ session, token }) {
      const actor = await loadActor(db, { userId: token.uid, sessionId: token.sid }, policy);
      if (!actor) return { expires: session.expires } as typeof session;
      session.user = { id: actor.id, email: actor.email, name: actor.name };
      return session;
    },
    // After sign-in (OIDC) and sign-out: only this origin's pages, whatever callbackUrl says.
    // (absolute: next-auth's client parses the answer with `new URL(url)`)
    async redirect({ url, baseUrl }) {
      return new URL(resolveSameOrigin(url, baseUrl) ?? "/", baseUrl).href;
    },
  },
  events: {
    // next-auth's own sign-out endpoint; the app's sign-out button is app/actions/sign-out.ts.
    async signOut({ token }) {
      if (token?.sid) await revokeSession({ db, sessionId: token.sid });
    },
  },
};
