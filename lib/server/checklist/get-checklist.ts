// One institution's checklist: profile, derived steps, progress, phase, next step, who it waits
// on, overdue steps and certificate warnings. Needs `institution.read` on the institution.
import { AppError } from "../../errors/app-error";
import { nextTasks, type TNextTask } from "../../onboarding";
import { requireAccess, type CoreActor } from "./access";
import { loadChecklistSource } from "./load-states";
import { institutionView, summarize, type TChecklistSummary } from "./summarize";
import type { PrismaClient } from "../prisma-client";

export interface TChecklist extends TChecklistSummary {
  institution: ReturnType<typeof institutionView>;
  profile: { blpMember: boolean; hasSupplier: boolean };
  today: string;
  /** "Deres neste oppgaver", when asked for (the institution page shows it to the institution's side). */
  nextTasks?: TNextTask[];
}

export async function getChecklist(opts: {
  db: PrismaClient;
  actor: CoreActor;
  institutionId: string;
  /** YYYY-MM-DD (osloToday() in pages). */
  today: string;
  /** Also derive the next tasks, from the same loaded states (no second read). */
  withNextTasks?: boolean;
}): Promise<TChecklist> {
  await requireAccess({ db: opts.db, actor: opts.actor, action: "institution.read", institutionId: opts.institutionId });
  const source = await loadChecklistSource(opts.db, opts.institutionId);
  if (!source) throw new AppError("NOT_FOUND");
  const summary = summarize(source, opts.today);
  const tasks = opts.withNextTasks
    ? { nextTasks: nextTasks({ steps: summary.steps.filter((s) => !s.retired), states: source.states, profile: source.profile, today: opts.today, delegations: source.delegations }) }
    : {};
  return { institution: institutionView(source), profile: source.profile, today: opts.today, ...summary, ...tasks };
}
