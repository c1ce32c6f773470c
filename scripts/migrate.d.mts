export interface Migration { name: string; sql: string; checksum: string }
export interface RawDatabase {
  kind: "pglite" | "postgresql";
  exec(sql: string): Promise<unknown>;
  rows(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}
export const migrationsDir: string;
export function listMigrations(dir?: string): Migration[];
export function openDatabase(env?: Record<string, string | undefined>): Promise<RawDatabase>;
export function applyMigrations(db: RawDatabase, opts?: { dir?: string; log?: (line: string) => void }): Promise<string[]>;
