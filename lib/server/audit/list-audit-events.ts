import { can } from "../../onboarding/permissions";
import { AppError } from "../../errors/app-error";
import type { TAuditFilter } from "../../validation/audit";
import type { Actor } from "../access/actor";
import type { PrismaClient } from "../prisma-client";

export const AUDIT_PAGE_SIZE = 50;

/** Audit events across institutions, newest first; coordinators only (audit.read.all). */
export async function listAuditEvents(opts: { db: PrismaClient; actor: Actor; filter: TAuditFilter }) {
  const { db, actor, filter } = opts;
  if (!can(actor, "audit.read.all")) throw new AppError("NOT_FOUND");
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
