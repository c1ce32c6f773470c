import type { E2EFixtures, RoleKey } from "../fixtures";
import { freshOrgnr } from "../fresh-orgnr";
import { makeCertificate } from "../../lib/server/testing/make-certificate";

// The registry the access matrix test checks every route and server action against. A route or
// action that is not listed here fails the test: a new one must declare who may use it.
export type Who = "anonymous" | RoleKey;
export type Outcome = "ok" | "notFound" | "signIn" | "unauthorized" | "redirect";
export const WHO: Who[] = ["anonymous", "ownerA", "memberA", "ownerB", "supplier", "coordinator", "admin"];

export interface RouteCase {
  path: (f: E2EFixtures) => string;
  expect: Record<Who, Outcome>;
}

const signedIn = (o: Partial<Record<RoleKey, Outcome>>, rest: Outcome): Record<Who, Outcome> => ({
  anonymous: "signIn",
  ownerA: o.ownerA ?? rest,
  memberA: o.memberA ?? rest,
  ownerB: o.ownerB ?? rest,
  supplier: o.supplier ?? rest,
  coordinator: o.coordinator ?? rest,
  admin: o.admin ?? rest,
});
const everyone = (o: Outcome): Record<Who, Outcome> => Object.fromEntries(WHO.map((w) => [w, o])) as Record<Who, Outcome>;
const coordinatorsOnly = signedIn({ coordinator: "ok", admin: "ok" }, "notFound");
const A = (f: E2EFixtures) => f.institutions.A.id;
const SANDBOX_API = "/api/sandbox/tjenestepensjonsavtale/v1";
const SANDBOX_QUERY = "opplysningspliktig=974760673&pensjonsinnretning=974760673&fraOgMed=2022-01&tilOgMed=2022-02";

export const ROUTE_ACCESS: Record<string, RouteCase[]> = {
  // the start page: Bits is sent to /overview, a member of one institution to it; the supplier
  // (two institutions) gets the list of them
  "/": [{ path: () => "/", expect: signedIn({ supplier: "ok" }, "redirect") }],
  // signed-in users are sent on from the sign-in page
  "/sign-in": [{ path: () => "/sign-in", expect: { ...signedIn({}, "redirect"), anonymous: "ok" } }],
  "/overview": [{ path: () => "/overview", expect: coordinatorsOnly }],
  // the portfolio pages (issue 15): Bits only; an institution's own timeline for those with access to it
  "/dashboard": [{ path: () => "/dashboard", expect: coordinatorsOnly }, { path: () => "/dashboard?scope=mine", expect: coordinatorsOnly }],
  "/insights": [{ path: () => "/insights", expect: coordinatorsOnly }],
  "/timelines": [{ path: () => "/timelines?sort=slip", expect: coordinatorsOnly }],
  "/institutions/[id]/timeline": [
    { path: (f) => `/institutions/${A(f)}/timeline`, expect: signedIn({ ownerB: "notFound" }, "ok") },
    { path: () => "/institutions/finnes-ikke/timeline", expect: signedIn({}, "notFound") },
  ],
  "/bits-queue": [{ path: () => "/bits-queue", expect: coordinatorsOnly }],
  "/activity": [{ path: () => "/activity", expect: coordinatorsOnly }],
  "/institutions/[id]/activity": [
    { path: (f) => `/institutions/${A(f)}/activity`, expect: signedIn({ ownerB: "notFound" }, "ok") },
    { path: () => "/institutions/finnes-ikke/activity", expect: signedIn({}, "notFound") },
  ],
  "/institutions/[id]/steps/[key]": [
    { path: (f) => `/institutions/${A(f)}/steps/A-2`, expect: signedIn({ ownerB: "notFound" }, "ok") },
    { path: (f) => `/institutions/${A(f)}/steps/Z-9`, expect: signedIn({}, "notFound") },
  ],
  "/account": [{ path: () => "/account", expect: signedIn({}, "ok") }],
  "/audit": [{ path: () => "/audit", expect: coordinatorsOnly }],
  "/admin/users": [{ path: () => "/admin/users", expect: coordinatorsOnly }],
  "/admin/institutions/new": [{ path: () => "/admin/institutions/new", expect: coordinatorsOnly }],
  "/institutions/[id]": [
    { path: (f) => `/institutions/${A(f)}`, expect: signedIn({ ownerB: "notFound" }, "ok") },
    { path: () => "/institutions/finnes-ikke", expect: signedIn({}, "notFound") },
  ],
  "/institutions/[id]/edit": [
    // only coordinators and the institution's owners edit its profile
    { path: (f) => `/institutions/${A(f)}/edit`, expect: signedIn({ ownerA: "ok", coordinator: "ok", admin: "ok" }, "notFound") },
  ],
  "/test-panel": [{ path: () => "/test-panel", expect: signedIn({}, "ok") }],
  "/invitation/[token]": [{ path: () => "/invitation/ikke-et-gyldig-token", expect: everyone("ok") }],
  "/api/export/[table]": [
    { path: () => "/api/export/overview?format=csv", expect: { ...coordinatorsOnly, anonymous: "unauthorized" } },
    { path: () => "/api/export/steps?format=xlsx", expect: { ...coordinatorsOnly, anonymous: "unauthorized" } },
    { path: () => "/api/export/insights?format=csv", expect: { ...coordinatorsOnly, anonymous: "unauthorized" } },
  ],
  "/api/health": [{ path: () => "/api/health", expect: everyone("ok") }],
  // notifications (issue 14): everyone's own inbox and e-mail preferences
  "/notifications": [{ path: () => "/notifications", expect: signedIn({}, "ok") }, { path: () => "/notifications?show=all", expect: signedIn({}, "ok") }],
  "/account/notifications": [{ path: () => "/account/notifications", expect: signedIn({}, "ok") }],
  // one-click unsubscribe works without signing in: the signed token is the permission (an
  // invalid one changes nothing and says so); a GET of the endpoint is sent to the page
  "/unsubscribe": [{ path: () => "/unsubscribe?token=ugyldig", expect: everyone("ok") }],
  "/api/unsubscribe": [{ path: () => "/api/unsubscribe?token=ugyldig", expect: everyone("redirect") }],
  "/api/auth/[...nextauth]": [{ path: () => "/api/auth/session", expect: everyone("ok") }],
  // the sandbox: members of the institution and coordinators manage its tokens and data
  "/institutions/[id]/sandbox": [
    { path: (f) => `/institutions/${A(f)}/sandbox`, expect: signedIn({ ownerB: "notFound" }, "ok") },
    { path: () => "/institutions/finnes-ikke/sandbox", expect: signedIn({}, "notFound") },
  ],
  // the institution's test panel (saved scenarios, sandbox data): its members and coordinators
  "/institutions/[id]/test-panel": [
    { path: (f) => `/institutions/${A(f)}/test-panel`, expect: signedIn({ ownerB: "notFound" }, "ok") },
    { path: () => "/institutions/finnes-ikke/test-panel", expect: signedIn({}, "notFound") },
  ],
  "/sandbox-docs": [{ path: () => "/sandbox-docs", expect: signedIn({}, "ok") }],
  // C-4's integration test against the sandbox (issue 16): the institution's staff and coordinators
  "/institutions/[id]/integration-test": [
    { path: (f) => `/institutions/${A(f)}/integration-test`, expect: signedIn({ ownerB: "notFound" }, "ok") },
    { path: () => "/institutions/finnes-ikke/integration-test", expect: signedIn({}, "notFound") },
  ],
  "/institutions/[id]/integration-test/[runId]": [
    { path: (f) => `/institutions/${A(f)}/integration-test/finnes-ikke`, expect: signedIn({}, "notFound") },
  ],
  "/institutions/[id]/integration-test/[runId]/status": [
    { path: (f) => `/institutions/${A(f)}/integration-test/finnes-ikke/status`, expect: signedIn({}, "notFound") },
  ],
  "/institutions/[id]/integration-test/[runId]/report": [
    { path: (f) => `/institutions/${A(f)}/integration-test/finnes-ikke/report`, expect: signedIn({}, "notFound") },
  ],
  "/institutions/[id]/integration-test/[runId]/report/xlsx": [
    { path: (f) => `/institutions/${A(f)}/integration-test/finnes-ikke/report/xlsx`, expect: signedIn({}, "notFound") },
  ],
  // the sandbox API takes a bearer token, never the session: 401 OTP-004 for everyone without one
  "/api/sandbox/openapi.json": [{ path: () => "/api/sandbox/openapi.json", expect: everyone("ok") }],
  "/api/sandbox/tjenestepensjonsavtale/v1/[rettighetspakke]/avtaleforhold/gyldighet": [
    { path: () => `${SANDBOX_API}/nav/avtaleforhold/gyldighet?${SANDBOX_QUERY}`, expect: everyone("unauthorized") },
  ],
  "/api/sandbox/tjenestepensjonsavtale/v1/[rettighetspakke]/avtaleforhold/virkningsperiode/gyldighet": [
    { path: () => `${SANDBOX_API}/nav/avtaleforhold/virkningsperiode/gyldighet?${SANDBOX_QUERY}`, expect: everyone("unauthorized") },
  ],
  // POST/DELETE only: a GET is an unknown URL (404 OTP-003)
  "/api/sandbox/tjenestepensjonsavtale/v1/[rettighetspakke]/avtaleforhold": [
    { path: () => `${SANDBOX_API}/otp/avtaleforhold`, expect: everyone("notFound") },
  ],
  "/api/sandbox/opplysningspliktig/[orgnr]/maaneder": [
    { path: () => "/api/sandbox/opplysningspliktig/974760673/maaneder", expect: everyone("notFound") },
  ],
  "/api/sandbox/[...path]": [{ path: () => "/api/sandbox/finnes/ikke", expect: everyone("notFound") }],
};

/** A Maskinporten-shaped test token (decoded, never verified: no JWKS is configured in e2e). */
function unsignedTestToken(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${part({ alg: "RS256", kid: "e2e" })}.${part({ iss: "https://test.maskinporten.no/", scope: "skatteetaten:inntekt", consumer: { ID: "0192:974760673" }, client_id: "kapret", exp: 1 })}.c2lnbmF0dXI`;
}

export interface ActionCase {
  /** page to POST to (any page that renders the action's module) */
  pagePath: (f: E2EFixtures) => string;
  boundArgs?: (f: E2EFixtures) => string[];
  fields: (f: E2EFixtures, ids: { membershipOfMemberA: string; pendingInvitationOfA: string }) => Record<string, string | File>;
  withPrevState: boolean;
  /** who must NOT be able to make this write succeed */
  denied: Who[];
}

const nonCoordinators: Who[] = ["anonymous", "ownerA", "memberA", "ownerB", "supplier"];

export const ACTION_ACCESS: Record<string, ActionCase> = {
  "app/account/actions.ts#changePasswordAction": {
    pagePath: () => "/account",
    fields: () => ({ currentPassword: "feil", newPassword: "nytt-passord-som-er-langt", repeatPassword: "nytt-passord-som-er-langt" }),
    withPrevState: true,
    denied: ["anonymous"],
  },
  "app/admin/institutions/actions.ts#createInstitutionAction": {
    pagePath: () => "/admin/institutions/new",
    fields: () => ({ name: "Skal ikke opprettes", orgnr: freshOrgnr(), blpMember: "on" }),
    withPrevState: true,
    denied: nonCoordinators,
  },
  "app/admin/users/actions.ts#setUserDisabledAction": {
    pagePath: () => "/admin/users",
    fields: (f) => ({ userId: f.users.memberA.id, disabled: "true" }),
    withPrevState: true,
    denied: nonCoordinators,
  },
  "app/admin/users/actions.ts#changeUserRoleAction": {
    pagePath: () => "/admin/users",
    fields: (f) => ({ userId: f.users.memberA.id, role: "ADMIN" }),
    withPrevState: true,
    denied: [...nonCoordinators, "coordinator"],
  },
  "app/admin/users/actions.ts#changeUserSupplierAction": {
    pagePath: () => "/admin/users",
    fields: (f) => ({ userId: f.users.memberA.id, supplierOrgnr: "999999999" }),
    withPrevState: true,
    denied: nonCoordinators,
  },
  "app/admin/users/actions.ts#inviteCoordinatorAction": {
    pagePath: () => "/admin/users",
    fields: () => ({ email: `ny-koordinator-${Date.now()}@e2e.example`, role: "COORDINATOR" }),
    withPrevState: true,
    denied: [...nonCoordinators, "coordinator"],
  },
  "app/admin/users/actions.ts#inviteToInstitutionAction": {
    pagePath: () => "/admin/users",
    fields: (f) => ({ email: `ny-${Date.now()}@e2e.example`, institutionId: A(f), memberRole: "OWNER" }),
    withPrevState: true,
    // owners of A may invite to A (from their institution page); ownerB and plain members may not
    denied: ["anonymous", "memberA", "ownerB", "supplier"],
  },
  // a pending invitation to A (access-matrix.spec.ts makes it): only A's owners and Bits may
  // send it again or withdraw it, from either page
  "app/admin/users/actions.ts#resendInvitationAdminAction": {
    pagePath: () => "/admin/users",
    fields: (_f, ids) => ({ invitationId: ids.pendingInvitationOfA }),
    withPrevState: true,
    denied: ["anonymous", "memberA", "ownerB", "supplier"],
  },
  "app/admin/users/actions.ts#revokeInvitationAdminAction": {
    pagePath: () => "/admin/users",
    fields: (_f, ids) => ({ invitationId: ids.pendingInvitationOfA }),
    withPrevState: true,
    denied: ["anonymous", "memberA", "ownerB", "supplier"],
  },
  "app/institutions/[id]/actions.ts#resendInvitationAction": {
    pagePath: (f) => `/institutions/${A(f)}`,
    boundArgs: (f) => [A(f)],
    fields: (_f, ids) => ({ invitationId: ids.pendingInvitationOfA }),
    withPrevState: true,
    denied: ["anonymous", "memberA", "ownerB", "supplier"],
  },
  "app/institutions/[id]/actions.ts#revokeInvitationAction": {
    pagePath: (f) => `/institutions/${A(f)}`,
    boundArgs: (f) => [A(f)],
    fields: (_f, ids) => ({ invitationId: ids.pendingInvitationOfA }),
    withPrevState: true,
    denied: ["anonymous", "memberA", "ownerB", "supplier"],
  },
  "app/institutions/[id]/actions.ts#requestInstitutionChangeAction": {
    pagePath: (f) => `/institutions/${A(f)}/edit`,
    boundArgs: (f) => [A(f)],
    fields: () => ({ orgnr: "974760673", blpMember: "on", reason: "Kapret forespørsel" }),
    withPrevState: true,
    denied: ["anonymous", "memberA", "ownerB", "supplier"],
  },
  "app/bits-queue/actions.ts#decideChangeRequestAction": {
    pagePath: () => "/bits-queue",
    fields: () => ({ requestId: "access-matrix-no-such-request", decision: "APPROVE" }),
    withPrevState: true,
    denied: ["anonymous", "ownerA", "memberA", "ownerB", "supplier"],
  },
  // issue 15: the overview's tools and ownership are Bits' (an owner of A may not set A's either)
  "app/institutions/[id]/actions.ts#setOwnershipAction": {
    pagePath: (f) => `/institutions/${A(f)}/edit`,
    boundArgs: (f) => [A(f)],
    fields: (f) => ({ responsibleCoordinatorId: f.users.ownerA.id, mainContactUserId: f.users.memberA.id }),
    withPrevState: true,
    denied: nonCoordinators,
  },
  "app/overview/actions.ts#saveViewAction": {
    pagePath: () => "/overview",
    fields: () => ({ name: "Skal ikke lagres", query: "stale=on", shared: "on" }),
    withPrevState: true,
    denied: nonCoordinators,
  },
  "app/overview/actions.ts#renameViewAction": {
    pagePath: () => "/overview",
    fields: () => ({ viewId: "access-matrix-no-such-view", name: "Kapret" }),
    withPrevState: true,
    denied: nonCoordinators,
  },
  "app/overview/actions.ts#shareViewAction": {
    pagePath: () => "/overview",
    fields: () => ({ viewId: "access-matrix-no-such-view", shared: "on" }),
    withPrevState: true,
    denied: nonCoordinators,
  },
  "app/overview/actions.ts#deleteViewAction": {
    pagePath: () => "/overview",
    fields: () => ({ viewId: "access-matrix-no-such-view" }),
    withPrevState: true,
    denied: nonCoordinators,
  },
  "app/overview/actions.ts#bulkOverviewAction": {
    pagePath: () => "/overview",
    fields: (f) => ({ op: "dueDate", ids: A(f), stepKey: "A-1", dueDate: "01.02.2030" }),
    withPrevState: true,
    denied: nonCoordinators,
  },
  "app/institutions/[id]/actions.ts#updateInstitutionAction": {
    pagePath: (f) => `/institutions/${A(f)}`,
    boundArgs: (f) => [A(f)],
    fields: () => ({ name: "Kapret navn", orgnr: "974760673", blpMember: "on" }),
    withPrevState: true,
    denied: ["anonymous", "memberA", "ownerB", "supplier"],
  },
  "app/institutions/[id]/actions.ts#changeMemberRoleAction": {
    pagePath: (f) => `/institutions/${A(f)}`,
    boundArgs: (f) => [A(f)],
    fields: (_f, ids) => ({ membershipId: ids.membershipOfMemberA, memberRole: "OWNER" }),
    withPrevState: true,
    denied: ["anonymous", "memberA", "ownerB", "supplier"],
  },
  "app/institutions/[id]/actions.ts#removeMemberAction": {
    pagePath: (f) => `/institutions/${A(f)}`,
    boundArgs: (f) => [A(f)],
    fields: (_f, ids) => ({ membershipId: ids.membershipOfMemberA }),
    withPrevState: true,
    denied: ["anonymous", "memberA", "ownerB", "supplier"],
  },
  "app/institutions/[id]/actions.ts#inviteMemberAction": {
    pagePath: (f) => `/institutions/${A(f)}`,
    boundArgs: (f) => [A(f)],
    fields: (f) => ({ email: `kapret-${Date.now()}@e2e.example`, institutionId: A(f), memberRole: "OWNER" }),
    withPrevState: true,
    denied: ["anonymous", "memberA", "ownerB", "supplier"],
  },
  "app/institutions/[id]/steps/[key]/actions.ts#updateStepAction": {
    pagePath: (f) => `/institutions/${A(f)}/steps/A-1`,
    boundArgs: (f) => [A(f), "A-1"],
    fields: () => ({ expectedVersion: "0", status: "IN_PROGRESS", note: "kapret" }),
    withPrevState: true,
    denied: ["anonymous", "ownerB"],
  },
  "app/institutions/[id]/steps/[key]/actions.ts#sendStepForReviewAction": {
    pagePath: (f) => `/institutions/${A(f)}/steps/B-2`,
    boundArgs: (f) => [A(f), "B-2"],
    fields: () => ({ expectedVersion: "0" }),
    withPrevState: true,
    // only the institution's side sends a step to Bits
    denied: ["anonymous", "ownerB", "coordinator", "admin"],
  },
  "app/institutions/[id]/steps/[key]/actions.ts#decideStepReviewAction": {
    pagePath: (f) => `/institutions/${A(f)}/steps/B-2`,
    boundArgs: (f) => [A(f), "B-2"],
    fields: () => ({ expectedVersion: "0", decision: "APPROVED" }),
    withPrevState: true,
    denied: nonCoordinators,
  },
  "app/institutions/[id]/steps/[key]/actions.ts#addStepCommentAction": {
    pagePath: (f) => `/institutions/${A(f)}/steps/A-1`,
    boundArgs: (f) => [A(f), "A-1"],
    fields: () => ({ body: "kapret kommentar" }),
    withPrevState: true,
    denied: ["anonymous", "ownerB"],
  },
  // issue 16: a certificate of another org number (stored flagged, A-2's evidence untouched) and a test token
  "app/institutions/[id]/steps/[key]/verification-actions.ts#uploadCertificateAction": {
    pagePath: (f) => `/institutions/${A(f)}/steps/A-2`,
    boundArgs: (f) => [A(f)],
    fields: () => ({ environment: "test", file: new File([makeCertificate({ orgnr: "974760673", issuerCn: "Buypass Class 3 Test4 CA 3" }).pem], "kapret.pem") }),
    withPrevState: true,
    denied: ["anonymous", "ownerB"],
  },
  "app/institutions/[id]/steps/[key]/verification-actions.ts#checkTokenAction": {
    pagePath: (f) => `/institutions/${A(f)}/steps/C-2`,
    boundArgs: (f) => [A(f), "C-2"],
    fields: () => ({ token: unsignedTestToken() }),
    withPrevState: true,
    denied: ["anonymous", "ownerB"],
  },
  // issue 16, B-7: B has a supplier; confirming its delegation is for B's people and Bits
  "app/institutions/[id]/steps/[key]/delegation-actions.ts#setDelegationAction": {
    pagePath: (f) => `/institutions/${f.institutions.B.id}/steps/B-7`,
    boundArgs: (f) => [f.institutions.B.id],
    fields: () => ({ right: "AAREG_OTP_API", environment: "PRODUCTION", confirmed: "true" }),
    withPrevState: true,
    denied: ["anonymous", "ownerA", "memberA"],
  },
  "app/institutions/[id]/sandbox/actions.ts#createSandboxTokenAction": {
    pagePath: (f) => `/institutions/${A(f)}/sandbox`,
    boundArgs: (f) => [A(f)],
    fields: () => ({ name: "kapret token" }),
    withPrevState: true,
    denied: ["anonymous", "ownerB"],
  },
  "app/institutions/[id]/sandbox/actions.ts#revokeSandboxTokenAction": {
    pagePath: (f) => `/institutions/${A(f)}/sandbox`,
    boundArgs: (f) => [A(f)],
    fields: () => ({ tokenId: "finnes-ikke" }),
    withPrevState: true,
    denied: WHO, // no such token: nobody succeeds, and ownerB is refused before the lookup
  },
  "app/institutions/[id]/sandbox/actions.ts#saveSandboxEmployerAction": {
    pagePath: (f) => `/institutions/${A(f)}/sandbox`,
    boundArgs: (f) => [A(f)],
    fields: () => ({ opplysningspliktig: "974760673", ranges: "2022-01..2022-03" }),
    withPrevState: true,
    denied: ["anonymous", "ownerB"],
  },
  "app/institutions/[id]/sandbox/actions.ts#deleteSandboxAgreementAction": {
    pagePath: (f) => `/institutions/${A(f)}/sandbox`,
    boundArgs: (f) => [A(f)],
    fields: () => ({ agreementId: "finnes-ikke" }),
    withPrevState: true,
    denied: WHO,
  },
  // issue 16, C-4: starting a run (members and coordinators of A) and making a report of a run
  // that does not exist (nobody succeeds)
  "app/institutions/[id]/integration-test/actions.ts#startIntegrationTestRunAction": {
    pagePath: (f) => `/institutions/${A(f)}/integration-test`,
    boundArgs: (f) => [A(f)],
    fields: () => ({}),
    withPrevState: true,
    denied: ["anonymous", "ownerB"],
  },
  "app/institutions/[id]/integration-test/actions.ts#createIntegrationTestReportAction": {
    pagePath: (f) => `/institutions/${A(f)}/integration-test`,
    boundArgs: (f) => [A(f), "finnes-ikke"],
    fields: () => ({}),
    withPrevState: true,
    denied: WHO,
  },
  "app/institutions/[id]/test-panel/actions.ts#saveTestScenarioAction": {
    pagePath: (f) => `/institutions/${A(f)}/test-panel`,
    boundArgs: (f) => [A(f)],
    fields: () => ({ name: "kapret scenario", scenario: JSON.stringify({ orgnr: "974760673", months: ["2022-03"], agreements: [] }) }),
    withPrevState: true,
    denied: ["anonymous", "ownerB"],
  },
  "app/institutions/[id]/test-panel/actions.ts#deleteTestScenarioAction": {
    pagePath: (f) => `/institutions/${A(f)}/test-panel`,
    boundArgs: (f) => [A(f)],
    fields: () => ({ scenarioId: "finnes-ikke" }),
    withPrevState: true,
    denied: WHO, // no such scenario: nobody succeeds, and ownerB is refused before the lookup
  },
  "app/institutions/[id]/test-panel/actions.ts#loadSandboxEmployerAction": {
    pagePath: (f) => `/institutions/${A(f)}/test-panel`,
    boundArgs: (f) => [A(f)],
    fields: () => ({ opplysningspliktig: "974760673" }),
    withPrevState: true,
    denied: ["anonymous", "ownerB"], // a read: refused outside the institution, nothing written by anyone
  },
  "app/invitation/[token]/actions.ts#acceptNewUserAction": {
    pagePath: () => "/invitation/x",
    fields: () => ({ token: "ikke-et-gyldig-token", name: "Inntrenger", password: "et-langt-passord-her", repeat: "et-langt-passord-her" }),
    withPrevState: true,
    denied: WHO, // without a valid token nobody gets an account
  },
  "app/invitation/[token]/actions.ts#acceptAsSignedInUserAction": {
    pagePath: () => "/invitation/x",
    fields: () => ({ token: "ikke-et-gyldig-token" }),
    withPrevState: true,
    denied: WHO, // signed in or not, without a valid token for one's own address nothing is accepted
  },
  // a person's own notifications and preferences: the actions read the id from the session only
  "app/notifications/actions.ts#markNotificationReadAction": {
    pagePath: () => "/notifications",
    fields: () => ({ id: "access-matrix-no-such-notification" }),
    withPrevState: false,
    denied: ["anonymous"],
  },
  "app/notifications/actions.ts#markAllNotificationsReadAction": {
    pagePath: () => "/notifications",
    fields: () => ({}),
    withPrevState: false,
    denied: ["anonymous"],
  },
  "app/account/notifications/actions.ts#saveNotificationPreferencesAction": {
    pagePath: () => "/account/notifications",
    fields: () => ({ locale: "nb", COMMENT: "OFF" }),
    withPrevState: false,
    denied: ["anonymous"],
  },
  "app/actions/locale.ts#setLocale": {
    pagePath: () => "/sign-in",
    fields: () => ({ locale: "en" }),
    withPrevState: false,
    denied: [], // a cookie on the caller's own browser: everyone may
  },
  "app/actions/sign-out.ts#signOut": {
    pagePath: () => "/sign-in",
    fields: () => ({}),
    withPrevState: false,
    denied: [], // ends the caller's own session: everyone may
  },
};
