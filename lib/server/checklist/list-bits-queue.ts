// What waits for Bits across institutions: Bits' own steps whose prerequisites are closed,
// steps awaiting review, and B-4 until Bits initiates the signing. Oldest waiting first.
import { compareIso } from "../../onboarding";
import { matchesOwner, ownerFilter } from "../../overview-tools/owner-filter";
import type { PrismaClient } from "../prisma-client";
import { requireCoordinator, type CoreActor } from "./access";
import type { TBitsQueueRow } from "./bits-queue-rows";
import { institutionDigests } from "./summary-cache";

export type { TBitsQueueRow } from "./bits-queue-rows";

export async function listBitsQueue(opts: { db: PrismaClient; actor: CoreActor; today: string; owner?: string }): Promise<TBitsQueueRow[]> {
  const { db, actor, today } = opts;
  await requireCoordinator(db, actor, "checklist.bits-queue");
  const digests = await institutionDigests(db, undefined, today);
  // issue 15: "mine", "none" or a coordinator's id (lib/overview-tools/owner-filter.ts)
  const owner = ownerFilter(opts.owner, actor.id);
  const shown = owner.kind === "any" ? digests : digests.filter((d) => matchesOwner(d.overview.ownership.coordinatorId, owner));
  return shown.flatMap((d) => d.bitsQueue).sort((a, b) => compareIso(a.since, b.since));
}
