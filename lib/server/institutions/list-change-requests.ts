// Change requests as the Bits queue (every open one) and an institution's pages (its latest)
// show them: what changes from what to what, why, who asked and when, and the decision.
import type { TChecklistFacts } from "../../onboarding/checklist-facts";
import { requireCoordinator } from "../checklist/access";
import { requireAccess, type CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";

export interface TChangeRequestView {
  id: string;
  institution: { id: string; name: string };
  current: Partial<TChecklistFacts>;
  proposed: Partial<TChecklistFacts>;
  reason: string;
  requestedByName: string;
  createdAt: string;
  status: "OPEN" | "APPROVED" | "REJECTED";
  decidedByName: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

const SELECT = {
  id: true, current: true, proposed: true, reason: true, createdAt: true, status: true, decidedAt: true, decisionNote: true,
  institution: { select: { id: true, name: true } },
  requestedBy: { select: { name: true } },
  decidedBy: { select: { name: true } },
} as const;

type Row = { id: string; current: unknown; proposed: unknown; reason: string; createdAt: Date; status: TChangeRequestView["status"]; decidedAt: Date | null; decisionNote: string | null;
  institution: { id: string; name: string }; requestedBy: { name: string }; decidedBy: { name: string } | null };

const view = (r: Row): TChangeRequestView => ({
  id: r.id,
  institution: r.institution,
  current: r.current as Partial<TChecklistFacts>,
  proposed: r.proposed as Partial<TChecklistFacts>,
  reason: r.reason,
  requestedByName: r.requestedBy.name,
  createdAt: r.createdAt.toISOString(),
  status: r.status,
  decidedByName: r.decidedBy?.name ?? null,
  decidedAt: r.decidedAt?.toISOString() ?? null,
  decisionNote: r.decisionNote,
});

/** Every open request, oldest first (the Bits queue). */
export async function listOpenChangeRequests(opts: { db: PrismaClient; actor: CoreActor }): Promise<TChangeRequestView[]> {
  await requireCoordinator(opts.db, opts.actor, "institution.change.queue");
  const rows = await opts.db.institutionChangeRequest.findMany({ where: { status: "OPEN" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 200, select: SELECT });
  return rows.map(view);
}

/** The institution's latest request (open, or the last decision), for its owners and Bits. */
export async function latestChangeRequest(opts: { db: PrismaClient; actor: CoreActor; institutionId: string }): Promise<TChangeRequestView | null> {
  await requireAccess({ db: opts.db, actor: opts.actor, action: "institution.update", institutionId: opts.institutionId });
  const row = await opts.db.institutionChangeRequest.findFirst({ where: { institutionId: opts.institutionId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: SELECT });
  return row ? view(row) : null;
}
