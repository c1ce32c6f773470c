import type { TAuditFilter } from "../../validation/audit";
import { requireAccess, type CoreActor } from "../access/require-access";
import type { PrismaClient } from "../prisma-client";

export const AUDIT_PAGE_SIZE = 50;

/** Audit events across institutions, newest first; coordinators only (audit.read.all). */
export async function listAuditEvents(opts: { db: PrismaClient; actor: CoreActor; filter: TAuditFilter }) {
  const { db, actor, filter } = opts;
  await requireAccess({ db, actor, action: "audit.read.all" });
  const where = {
    institutionId: filter.institutionId,
    actor: filter.actor ? { contains: filter.actor, mode: "insensitive" as const } : undefined,
    action: filter.action,
    at: {
      gte: filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined,
      lt: filter.to ? new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) : undefined,
    },
  };
  const [total, events, actions, institutions] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { institution: { select: { id: true, name: true } } },
    }),
    db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.institution.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    events,
    actions: actions.map((a) => a.action),
    institutions,
  };
}
