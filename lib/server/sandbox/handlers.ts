import "server-only";
import { db } from "../db";
import { createHandlers } from "./create-handlers";

/** The sandbox endpoints bound to the app's database (one rate limiter per process). */
export const sandbox = createHandlers(db);

export type Ctx<P> = { params: Promise<P> };
