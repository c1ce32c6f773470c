// What the run's GET routes (status, report XLSX) share: a signed-in actor, a well-formed run id,
// and a run the actor may not read answered as 404 (the use-cases check access).
import { AppError } from "@/lib/errors/app-error";
import { getActor, type Actor } from "@/lib/server/access/actor";
import { ZRunIdSchema } from "@/lib/validation/integration-test";

type TRunParams = Promise<{ id: string; runId: string }>;

export async function runRoute(params: TRunParams, answer: (ctx: { actor: Actor; institutionId: string; runId: string }) => Promise<Response>): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Not signed in" }, { status: 401 });
  const { id, runId } = await params;
  if (!ZRunIdSchema.safeParse(runId).success) return Response.json({ error: "Not found" }, { status: 404 });
  try {
    return await answer({ actor, institutionId: id, runId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return Response.json({ error: "Not found" }, { status: 404 });
    throw error;
  }
}
