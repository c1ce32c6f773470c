// Runs once when the server starts (Next.js instrumentation hook).
//
// Works around a memory leak in React's server renderer as bundled with Next.js 16.4 on Node 20:
// every finished render aborts its cache AbortController with a new Error whose stack is never
// read. V8 then keeps the stack as structured frames, and a frame holds a setImmediate callback
// object that links, through async-context stores, to the previous request's render, response
// and socket data. Each request stayed reachable (~100 kB each, heap snapshots of a load test),
// and the growing heap brought GC pauses of several hundred ms. Reading `.stack` turns the frames
// into a string and frees them; the error itself is unchanged.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const abort = AbortController.prototype.abort;
  AbortController.prototype.abort = function abortWithSettledStack(this: AbortController, reason?: unknown) {
    if (reason instanceof Error) void reason.stack;
    return abort.call(this, reason);
  };
  // checked again so the bundler drops the import from the Edge build (process.exit is Node-only)
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvironmentOrExit } = await import("./lib/server/startup-check");
    await checkEnvironmentOrExit();
    // the notification outbox's dispatcher and the scheduler of reminders and digests (issue 14)
    const { startNotifications } = await import("./lib/server/notifications/start");
    startNotifications();
  }
}
