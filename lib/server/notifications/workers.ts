// Starts the dispatcher and the scheduler on an interval in a running server (instrumentation.ts).
// Both are safe on several instances at once (SKIP LOCKED claims, claimed runs), and each tick
// is skipped while the previous one still runs.
import type { PrismaClient } from "../prisma-client";
import { dispatchOutbox } from "./dispatch";
import { runScheduled } from "./scheduler";

let started = false;

export function startNotificationWorkers(db: PrismaClient, opts: { dispatchMs?: number; scheduleMs?: number } = {}): () => void {
  if (started) return () => {};
  started = true;
  let dispatching = false;
  let scheduling = false;
  const dispatch = async () => {
    if (dispatching) return;
    dispatching = true;
    try {
      await dispatchOutbox({ db });
    } catch (error) {
      console.error("[notifications] dispatch failed:", (error as Error).message);
    } finally {
      dispatching = false;
    }
  };
  const schedule = async () => {
    if (scheduling) return;
    scheduling = true;
    try {
      await runScheduled({ db });
      await dispatch();
    } catch (error) {
      console.error("[notifications] scheduled run failed:", (error as Error).message);
    } finally {
      scheduling = false;
    }
  };
  const a = setInterval(dispatch, opts.dispatchMs ?? 5_000);
  const b = setInterval(schedule, opts.scheduleMs ?? 60_000);
  a.unref();
  b.unref();
  void schedule();
  return () => {
    clearInterval(a);
    clearInterval(b);
    started = false;
  };
}
