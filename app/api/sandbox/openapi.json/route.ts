import { buildOpenApi } from "@/lib/server/sandbox/openapi";

// Public: the API description holds no data.
export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApi(), { headers: { "Cache-Control": "public, max-age=300" } });
}
