// Helpers of the sandbox integration tests: an institution with a member and a live token, and
// requests shaped like a client's.
import { seedInstitution } from "../../../prisma/seed/factories";
import { member } from "../checklist/test-helpers";
import type { PrismaClient } from "../prisma-client";
import { createSandboxToken } from "./manage-tokens";

export const BASE = "http://localhost:3000/api/sandbox";
export const API = `${BASE}/tjenestepensjonsavtale/v1`;

export async function sandboxInstitution(db: PrismaClient) {
  const institution = await seedInstitution(db);
  const user = await member(db, institution.id);
  const { token, id } = await createSandboxToken({ db, actor: user, institutionId: institution.id, name: "test" });
  return { institution, user, token, tokenId: id };
}

export function apiRequest(
  method: string,
  url: string,
  opts: { token?: string | null; accept?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Request {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  if (opts.accept !== undefined) headers.Accept = opts.accept;
  let body: string | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers["Content-Type"] = "application/json";
  }
  return new Request(url, { method, headers, body });
}

export function query(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}
