// Saved overview views (issue 15): a person's named filters and sort. Coordinators may share a
// view with the team: every coordinator then sees (and applies) it; only its owner renames,
// shares, unshares or deletes it. A view is a person's own setting, not an institution's data:
// it is not in the audit trail (lib/server/audit/every-write-audited.integration.test.ts).
import { AppError } from "../../errors/app-error";
import { normalizeViewQuery } from "../../overview-tools/view-query";
import { requireCoordinator, type CoreActor } from "../checklist/access";
import type { PrismaClient } from "../prisma-client";

/** Views a person may keep; far above use, bounds the list above the overview. */
export const MAX_SAVED_VIEWS = 50;

export interface TSavedView {
  id: string;
  name: string;
  query: string;
  shared: boolean;
  mine: boolean;
  ownerName: string;
}

const VIEW = "checklist.overview";
const NAME_ORDER = new Intl.Collator("nb");

/** The actor's own views and the views others shared, own first, each by name. */
export async function listSavedViews(opts: { db: PrismaClient; actor: CoreActor }): Promise<TSavedView[]> {
  const { db, actor } = opts;
  await requireCoordinator(db, actor, VIEW);
  const rows = await db.savedView.findMany({
    where: { OR: [{ ownerId: actor.id }, { shared: true }] },
    select: { id: true, name: true, query: true, shared: true, ownerId: true, owner: { select: { name: true } } },
  });
  return rows
    .map((r) => ({ id: r.id, name: r.name, query: r.query, shared: r.shared, mine: r.ownerId === actor.id, ownerName: r.owner.name }))
    .sort((a, b) => Number(b.mine) - Number(a.mine) || NAME_ORDER.compare(a.name, b.name));
}

export async function createSavedView(opts: { db: PrismaClient; actor: CoreActor; input: { name: string; query: string; shared: boolean } }): Promise<{ id: string }> {
  const { db, actor, input } = opts;
  await requireCoordinator(db, actor, VIEW);
  const count = await db.savedView.count({ where: { ownerId: actor.id } });
  if (count >= MAX_SAVED_VIEWS) throw new AppError("INVALID", "too-many-views", { fieldErrors: { name: ["errors.tooManyViews"] } });
  const view = await db.savedView.create({ data: { ownerId: actor.id, name: input.name, query: normalizeViewQuery(input.query), shared: input.shared }, select: { id: true } });
  return view;
}

/** Changes one of the actor's own views; another's (shared or not) is NOT_FOUND. */
async function updateOwn(db: PrismaClient, actor: CoreActor, viewId: string, data: { name?: string; shared?: boolean }) {
  await requireCoordinator(db, actor, VIEW);
  const { count } = await db.savedView.updateMany({ where: { id: viewId, ownerId: actor.id }, data });
  if (count === 0) throw new AppError("NOT_FOUND", "view-not-found");
}

export const renameSavedView = (opts: { db: PrismaClient; actor: CoreActor; viewId: string; name: string }) => updateOwn(opts.db, opts.actor, opts.viewId, { name: opts.name });

export const shareSavedView = (opts: { db: PrismaClient; actor: CoreActor; viewId: string; shared: boolean }) => updateOwn(opts.db, opts.actor, opts.viewId, { shared: opts.shared });

export async function deleteSavedView(opts: { db: PrismaClient; actor: CoreActor; viewId: string }): Promise<void> {
  const { db, actor, viewId } = opts;
  await requireCoordinator(db, actor, VIEW);
  const { count } = await db.savedView.deleteMany({ where: { id: viewId, ownerId: actor.id } });
  if (count === 0) throw new AppError("NOT_FOUND", "view-not-found");
}
