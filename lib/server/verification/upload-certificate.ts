// Step A-2: an uploaded business certificate is read, checked against the institution (org
// number, claimed environment, expiry) and stored — the public certificate and its facts only.
// A certificate whose org number and environment match fills the A-2 evidence row of its
// environment (provider, expiry) through updateStep, in the same transaction, so the step's
// rules, its version and the expiry warning all apply; otherwise it is stored with its failed checks.
import { AppError } from "../../errors/app-error";
import type { Prisma } from "../../generated/prisma/client";
import { ZCertificateDraftSchema, type TCertificateDraft } from "../../onboarding";
import { stableJson } from "../../onboarding/stable-json";
import { checkCertificate, fillCertificateRow, type TCertEnvironment, type TCertificateChecks, type TCertificateFacts } from "../../verification/certificate";
import { recordAudit } from "../audit/record-audit";
import { requireAccess, type CoreActor } from "../checklist/access";
import { stepSubject } from "../checklist/load-states";
import { updateStep } from "../checklist/update-step";
import type { PrismaClient } from "../prisma-client";
import { readCertificate } from "./read-certificate";

export const CERTIFICATE_STEP = "A-2";

export interface TStoredCertificateFacts extends TCertificateFacts {
  claimedEnvironment: TCertEnvironment;
  checks: TCertificateChecks;
}

export async function uploadCertificate(opts: {
  db: PrismaClient;
  actor: CoreActor;
  institutionId: string;
  file: { name: string; bytes: Buffer };
  claimedEnvironment: TCertEnvironment;
  now?: Date;
}): Promise<{ id: string; facts: TStoredCertificateFacts; filled: boolean }> {
  const { db, actor, institutionId } = opts;
  await requireAccess({ db, actor, action: "step.update", institutionId });
  const { pem, facts } = readCertificate(opts.file);
  const institution = await db.institution.findUnique({
    where: { id: institutionId },
    select: { orgnr: true, supplierOrgnr: true, steps: { where: { stepKey: CERTIFICATE_STEP }, select: { evidence: true, version: true } } },
  });
  if (!institution) throw new AppError("NOT_FOUND");
  const checks = checkCertificate(facts, { orgnr: institution.orgnr, supplierOrgnr: institution.supplierOrgnr, claimedEnvironment: opts.claimedEnvironment, now: opts.now ?? new Date() });
  const stored: TStoredCertificateFacts = { ...facts, claimedEnvironment: opts.claimedEnvironment, checks };

  let id = "";
  const store = async (tx: Prisma.TransactionClient) => {
    const row = await tx.stepCertificate.create({
      data: { institutionId, stepKey: CERTIFICATE_STEP, pem, facts: stored as unknown as Prisma.InputJsonValue, uploadedBy: actor.email },
      select: { id: true },
    });
    id = row.id;
    await recordAudit(tx, {
      actor: actor.email,
      action: "step.certificate.upload",
      subject: stepSubject(institutionId, CERTIFICATE_STEP),
      institutionId,
      after: { id: row.id, fingerprint: facts.fingerprint, issuer: facts.issuerName, orgnr: facts.orgnr, validTo: facts.validTo, claimedEnvironment: opts.claimedEnvironment, checks },
    });
  };

  const current = institution.steps[0];
  const evidence = (current?.evidence ?? {}) as { certificates?: unknown };
  const rows = Array.isArray(evidence.certificates)
    ? evidence.certificates.flatMap((r) => {
        const parsed = ZCertificateDraftSchema.safeParse(r);
        return parsed.success ? [parsed.data as TCertificateDraft] : [];
      })
    : [];
  const filledRows = fillCertificateRow(rows, checks);
  const filled = stableJson(filledRows) !== stableJson(rows);
  if (filled) {
    await updateStep({
      db,
      actor,
      institutionId,
      stepKey: CERTIFICATE_STEP,
      expectedVersion: current?.version ?? 0,
      evidence: { ...evidence, certificates: filledRows },
      alsoInTransaction: store,
    });
  } else {
    await db.$transaction(store);
  }
  return { id, facts: stored, filled };
}

/** The certificates uploaded on A-2, newest first (the step page shows them). */
export async function listStepCertificates(opts: { db: PrismaClient; actor: CoreActor; institutionId: string }) {
  await requireAccess({ db: opts.db, actor: opts.actor, action: "institution.read", institutionId: opts.institutionId });
  const rows = await opts.db.stepCertificate.findMany({
    where: { institutionId: opts.institutionId, stepKey: CERTIFICATE_STEP },
    orderBy: { uploadedAt: "desc" },
    take: 20,
    select: { id: true, facts: true, uploadedBy: true, uploadedAt: true },
  });
  return rows.map((r) => ({ id: r.id, facts: r.facts as unknown as TStoredCertificateFacts, uploadedBy: r.uploadedBy, uploadedAt: r.uploadedAt.toISOString() }));
}
