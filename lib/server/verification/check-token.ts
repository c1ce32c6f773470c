// Steps B-3 and C-2: a pasted Maskinporten access token is decoded (jose), its signature checked
// against the configured JWKS when there is one and it answers, and its claims checked against
// the institution. Only the checked claims and the result are stored, never the token. A token
// from production Maskinporten is refused and not stored: it is a live credential.
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify } from "jose";
import { AppError } from "../../errors/app-error";
import type { Prisma } from "../../generated/prisma/client";
import { checkTokenClaims, claimsFromPayload, evidenceFromToken, tokenEnvironment, type TSignatureResult, type TTokenChecks, type TTokenClaims, type TTokenStep } from "../../verification/maskinporten-token";
import { recordAudit } from "../audit/record-audit";
import { requireAccess, type CoreActor } from "../checklist/access";
import { osloToday, stepSubject } from "../checklist/load-states";
import { updateStep } from "../checklist/update-step";
import type { PrismaClient } from "../prisma-client";

export const MAX_TOKEN_LENGTH = 16 * 1024;

const refuse = (rule: "NOT_A_TOKEN" | "PRODUCTION_TOKEN") => new AppError("INVALID", rule, { rule, fieldErrors: { token: [rule] } });

async function verifySignature(token: string, payload: Record<string, unknown>, jwksUrl: string | undefined): Promise<{ signature: TSignatureResult; signatureNote: TTokenChecks["signatureNote"] }> {
  if (!jwksUrl) return { signature: "not-checked", signatureNote: "not-configured" };
  const keys = createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 3000, cooldownDuration: 0 });
  // the token has most likely expired (it lives 120 s): check the signature as of when it was issued
  const at = typeof payload.iat === "number" ? payload.iat : typeof payload.exp === "number" ? payload.exp - 1 : undefined;
  try {
    await jwtVerify(token, keys, at === undefined ? {} : { currentDate: new Date(at * 1000) });
    return { signature: "valid", signatureNote: null };
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWSInvalid || error instanceof errors.JWTClaimValidationFailed || error instanceof errors.JWTExpired) {
      return { signature: "invalid", signatureNote: null };
    }
    return { signature: "not-checked", signatureNote: "unreachable" };
  }
}

export async function checkMaskinportenToken(opts: {
  db: PrismaClient;
  actor: CoreActor;
  institutionId: string;
  stepKey: TTokenStep;
  token: string;
  jwksUrl?: string;
}): Promise<{ id: string; claims: TTokenClaims; checks: TTokenChecks; filled: boolean }> {
  const { db, actor, institutionId, stepKey } = opts;
  await requireAccess({ db, actor, action: "step.update", institutionId });
  const token = opts.token.trim().replace(/^Bearer\s+/i, "");
  let payload: Record<string, unknown>;
  try {
    if (token.length > MAX_TOKEN_LENGTH) throw new Error("too long");
    decodeProtectedHeader(token);
    payload = decodeJwt(token) as Record<string, unknown>;
  } catch {
    throw refuse("NOT_A_TOKEN");
  }
  const claims = claimsFromPayload(payload);
  if (tokenEnvironment(claims.iss) === "production") throw refuse("PRODUCTION_TOKEN");
  const institution = await db.institution.findUnique({
    where: { id: institutionId },
    select: { orgnr: true, supplierOrgnr: true, steps: { where: { stepKey }, select: { evidence: true, version: true } } },
  });
  if (!institution) throw new AppError("NOT_FOUND");
  const signature = await verifySignature(token, payload, opts.jwksUrl);
  const checks = checkTokenClaims(claims, { stepKey, orgnr: institution.orgnr, supplierOrgnr: institution.supplierOrgnr, ...signature });
  let id = "";
  const store = async (tx: Prisma.TransactionClient) => {
    const row = await tx.stepTokenCheck.create({
      data: { institutionId, stepKey, claims: claims as unknown as Prisma.InputJsonValue, result: checks as unknown as Prisma.InputJsonValue, checkedBy: actor.email },
      select: { id: true },
    });
    id = row.id;
    await recordAudit(tx, { actor: actor.email, action: "step.token.check", subject: stepSubject(institutionId, stepKey), institutionId, after: { id: row.id, claims, checks } });
  };
  // What the token proves goes into the step's evidence through updateStep, with the check in the
  // same transaction, so the step's rules and version apply; a step its rules keep from changing
  // (sent to Bits, done, changed meanwhile) keeps its evidence and the check is stored alone.
  const current = institution.steps[0];
  const evidence = (current?.evidence ?? {}) as Record<string, unknown>;
  const filledEvidence = evidenceFromToken(stepKey, evidence, { claims, checks, issuedOn: issuedOn(payload) });
  if (filledEvidence) {
    try {
      await updateStep({ db, actor, institutionId, stepKey, expectedVersion: current?.version ?? 0, evidence: filledEvidence, alsoInTransaction: store });
      return { id, claims, checks, filled: true };
    } catch (error) {
      if (!(error instanceof AppError) || (error.code !== "INVALID" && error.code !== "CONFLICT")) throw error;
    }
  }
  await db.$transaction(store);
  return { id, claims, checks, filled: false };
}

/** The Oslo day the token was issued (iat; else its expiry, 120 s later), as "YYYY-MM-DD". */
function issuedOn(payload: Record<string, unknown>): string | null {
  const at = typeof payload.iat === "number" ? payload.iat : typeof payload.exp === "number" ? payload.exp : null;
  return at === null ? null : osloToday(new Date(at * 1000));
}

export async function listTokenChecks(opts: { db: PrismaClient; actor: CoreActor; institutionId: string; stepKey: TTokenStep }) {
  await requireAccess({ db: opts.db, actor: opts.actor, action: "institution.read", institutionId: opts.institutionId });
  const rows = await opts.db.stepTokenCheck.findMany({
    where: { institutionId: opts.institutionId, stepKey: opts.stepKey },
    orderBy: { checkedAt: "desc" },
    take: 10,
    select: { id: true, claims: true, result: true, checkedBy: true, checkedAt: true },
  });
  return rows.map((r) => ({ id: r.id, claims: r.claims as unknown as TTokenClaims, checks: r.result as unknown as TTokenChecks, checkedBy: r.checkedBy, checkedAt: r.checkedAt.toISOString() }));
}
