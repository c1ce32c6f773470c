// "Deres neste oppgaver" for one institution: the steps its side can act on now, most urgent
// first, each with what is missing (lib/onboarding/next-tasks.ts). Needs `institution.read`.
import { AppError } from "../../errors/app-error";
import { nextTasks, type TNextTask } from "../../onboarding";
import { requireAccess, type CoreActor } from "./access";
import { loadChecklistSource } from "./load-states";
import { summarize } from "./summarize";
import type { PrismaClient } from "../prisma-client";

export async function getNextTasks(opts: { db: PrismaClient; actor: CoreActor; institutionId: string; today: string }): Promise<TNextTask[]> {
  await requireAccess({ db: opts.db, actor: opts.actor, action: "institution.read", institutionId: opts.institutionId });
  const source = await loadChecklistSource(opts.db, opts.institutionId);
  if (!source) throw new AppError("NOT_FOUND");
  const steps = summarize(source, opts.today).steps.filter((s) => !s.retired);
  return nextTasks({ steps, states: source.states, profile: source.profile, today: opts.today });
}
