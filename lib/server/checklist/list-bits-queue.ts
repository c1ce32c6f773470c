// What waits for Bits across institutions: Bits' own steps whose prerequisites are closed,
// steps awaiting review, and B-4 until Bits initiates the signing. Oldest waiting first.
import { compareIso } from "../../onboarding";
import type { PrismaClient } from "../prisma-client";
import { requireCoordinator, type CoreActor } from "./access";
import type { TBitsQueueRow } from "./bits-queue-rows";
import { institutionDigests } from "./summary-cache";

export type { TBitsQueueRow } from "./bits-queue-rows";

export async function listBitsQueue(opts: { db: PrismaClient; actor: CoreActor; today: string }): Promise<TBitsQueueRow[]> {
  const { db, actor, today } = opts;
  await requireCoordinator(db, actor, "checklist.bits-queue");
  const digests = await institutionDigests(db, undefined, today);
  return digests.flatMap((d) => d.bitsQueue).sort((a, b) => compareIso(a.since, b.since));
}
