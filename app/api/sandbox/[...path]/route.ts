import { sandbox } from "@/lib/server/sandbox/handlers";

// Every other sandbox URL: 404 OTP-003 in the API's error shape.
export const dynamic = "force-dynamic";
export const GET = sandbox.unknown;
export const POST = sandbox.unknown;
export const PUT = sandbox.unknown;
export const PATCH = sandbox.unknown;
export const DELETE = sandbox.unknown;
