import { sandbox, type Ctx } from "@/lib/server/sandbox/handlers";

export const dynamic = "force-dynamic";

/** Sandbox-only: the employer's side (which months its a-melding names this institution). */
export async function PUT(req: Request, ctx: Ctx<{ orgnr: string }>) {
  return sandbox.putEmployerMonths(req, await ctx.params);
}

export const GET = sandbox.unknown;
export const POST = sandbox.unknown;
export const PATCH = sandbox.unknown;
export const DELETE = sandbox.unknown;
