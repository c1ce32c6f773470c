// Run by scripts/start.mjs before it touches the database: validates the environment with the
// very schema the server parses (lib/env.ts), as the production server will see it.
async function main() {
  try {
    await import("../lib/env");
  } catch (error) {
    console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
    console.error("[start] Set the variables above (see README.md, Running in production); nothing was migrated or seeded and the server was not started.");
    process.exit(1);
  }
}

void main();
