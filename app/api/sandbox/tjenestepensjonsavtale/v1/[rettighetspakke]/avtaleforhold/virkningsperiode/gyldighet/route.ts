import { sandbox, type Ctx } from "@/lib/server/sandbox/handlers";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: Ctx<{ rettighetspakke: string }>) {
  return sandbox.getVirkningsperiodeGyldighet(req, await ctx.params);
}

// methods the API does not have on this path: unknown URL (404 OTP-003)
export const POST = sandbox.unknown;
export const PUT = sandbox.unknown;
export const PATCH = sandbox.unknown;
export const DELETE = sandbox.unknown;
