import { sandbox, type Ctx } from "@/lib/server/sandbox/handlers";

type P = Ctx<{ rettighetspakke: string }>;
export const dynamic = "force-dynamic";

export async function POST(req: Request, ctx: P) {
  return sandbox.postAvtaleforhold(req, await ctx.params);
}

export async function DELETE(req: Request, ctx: P) {
  return sandbox.deleteAvtaleforhold(req, await ctx.params);
}

// methods the API does not have on this path: unknown URL (404 OTP-003)
export const GET = sandbox.unknown;
export const PUT = sandbox.unknown;
export const PATCH = sandbox.unknown;
