// GET …/integration-test/{runId}/status: a run's results as JSON, polled by its page so a case
// turns passed without a reload. The institution's staff and coordinators (institution.read).
import { db } from "@/lib/server/db";
import { getIntegrationTestRun } from "@/lib/server/integration-test/runs";
import { runRoute } from "../run-route";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; runId: string }> }) {
  return runRoute(params, async ({ actor, institutionId, runId }) => {
    const run = await getIntegrationTestRun({ db, actor, institutionId, runId });
    return Response.json({ results: run.results, reportedAt: run.reportedAt }, { headers: { "Cache-Control": "no-store" } });
  });
}
