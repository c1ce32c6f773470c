// GET …/integration-test/{runId}/status: a run's results as JSON, polled by its page so a case
// turns passed without a reload. The institution's staff and coordinators (institution.read).
import { AppError } from "@/lib/errors/app-error";
import { getActor } from "@/lib/server/access/actor";
import { db } from "@/lib/server/db";
import { getIntegrationTestRun } from "@/lib/server/integration-test/runs";
import { ZRunIdSchema } from "@/lib/validation/integration-test";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; runId: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Not signed in" }, { status: 401 });
  const { id, runId } = await params;
  if (!ZRunIdSchema.safeParse(runId).success) return Response.json({ error: "Not found" }, { status: 404 });
  try {
    const run = await getIntegrationTestRun({ db, actor, institutionId: id, runId });
    return Response.json({ results: run.results, reportedAt: run.reportedAt }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return Response.json({ error: "Not found" }, { status: 404 });
    throw error;
  }
}
