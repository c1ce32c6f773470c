import "server-only";
import { env } from "../../env";
import { db } from "../db";
import { createHandlers } from "./create-handlers";

/** The sandbox endpoints bound to the app's database (one rate limiter per process). */
export const sandbox = createHandlers(db, { rateLimit: { points: env.SANDBOX_RATE_LIMIT_PER_MINUTE, duration: 60 } });

export type Ctx<P> = { params: Promise<P> };
