import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 6.19 with the JS schema engine: migrations run through the same driver adapters as the
// app, so nothing is downloaded. DATABASE_URL set → PostgreSQL; unset → embedded PGlite.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (url) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url });
    }
    const fs = await import("node:fs");
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const dir = path.resolve(process.env.PGLITE_DIR ?? "./data/pglite");
    // Opened on the first connection only: `prisma -v` (run by npm install) asks for the adapter
    // without connecting, and an opened PGlite directory kept it from ever exiting.
    let opened: InstanceType<typeof PrismaPGlite> | undefined;
    const open = () => {
      fs.mkdirSync(dir, { recursive: true });
      return (opened ??= new PrismaPGlite(new PGlite(dir)));
    };
    const lazy = { provider: "postgres", adapterName: "pglite-prisma-adapter", connect: () => open().connect(), connectToShadowDb: () => open().connectToShadowDb() };
    // typed against driver-adapter-utils 6.10; same runtime contract as 6.19's
    return lazy as unknown as InstanceType<typeof import("@prisma/adapter-pg").PrismaPg>;
  },
});
