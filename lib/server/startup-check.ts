// Imported by instrumentation.ts in the Node.js runtime only: parses the environment (lib/env.ts)
// when the server starts. A production server on PostgreSQL without NEXTAUTH_SECRET / NEXTAUTH_URL
// stops here with the message; Next itself would only log the error and answer every request,
// health checks included, with a 500.
export async function checkEnvironmentOrExit(): Promise<void> {
  try {
    await import("../env");
  } catch (error) {
    console.error(`[ajour] ${error instanceof Error ? error.message : String(error)}`);
    console.error("[ajour] The server stops: set the variables above (README.md, Running in production).");
    process.exit(1);
  }
}
