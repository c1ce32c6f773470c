// Two production instances from one build on one PostgreSQL database, behind a tiny load balancer
// (global-setup.ts). Ports and database are configurable so parallel runs do not collide; CI uses
// the defaults.
import path from "node:path";
import { E2E_ACTIONS_KEY } from "../e2e/config";

export const MULTI_DATABASE_URL = process.env.MULTI_INSTANCE_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/ajour_multi";
const ports = (process.env.MULTI_INSTANCE_PORTS ?? "3140,3141").split(",").map(Number);
export const INSTANCE_PORTS = { a: ports[0], b: ports[1] } as const;
/** The load balancer: the public origin (NEXTAUTH_URL) of both instances. */
export const PROXY_PORT = Number(process.env.MULTI_INSTANCE_PROXY_PORT ?? 3142);
export const PUBLIC_URL = `http://localhost:${PROXY_PORT}`;
/** Request header that tells the load balancer which instance to use ("a" or "b"). */
export const INSTANCE_HEADER = "x-ajour-instance";
/** Response header with the instance that answered. */
export const SERVED_BY_HEADER = "x-served-by";
export const MULTI_SECRET = "multi-instance-test-secret-not-for-production";
/** Both instances share the build's key; it is passed to them too, as a deploy would. */
export const MULTI_ACTIONS_KEY = E2E_ACTIONS_KEY;
/** Low, so the shared sandbox limit is reached in a few requests. */
export const SANDBOX_LIMIT = 6;
export const LOG_DIR = path.resolve("test-results", "multi-instance");
export const FIXTURES_FILE = path.join(LOG_DIR, "fixtures.json");
