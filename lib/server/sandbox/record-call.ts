// Every call the sandbox answers for a known token is recorded for the integration test (C-4):
// time, method, path, status, OTP code, korrelasjonsid, token and what a test case needs of the
// answer (gyldig and the months), never the bodies. One INSERT, as raw SQL (no query building
// on the sandbox's hot path). A failed write is logged and never fails the call it records.
import { randomUUID } from "node:crypto";
import type { TRecordedCall, TSandboxOperation } from "../../integration-test";
import type { PrismaClient } from "../prisma-client";

export interface TCallRecord {
  institutionId: string;
  tokenId: string;
  method: string;
  path: string;
  operation: TSandboxOperation | null;
  status: number;
  kode: string | null;
  format: TRecordedCall["format"];
  korrelasjonsid: string;
  detail: TRecordedCall["detail"];
}

const MAX_MONTHS = 60;

export async function recordSandboxCall(db: PrismaClient, r: TCallRecord): Promise<void> {
  // a long range can miss hundreds of months: the first ones show what was answered
  const detail = r.detail ? JSON.stringify(r.detail.maaneder ? { ...r.detail, maaneder: r.detail.maaneder.slice(0, MAX_MONTHS) } : r.detail) : null;
  try {
    await db.$executeRaw`INSERT INTO "SandboxCall" ("id", "institutionId", "tokenId", "method", "path", "operation", "status", "kode", "format", "korrelasjonsid", "detail")
      VALUES (${randomUUID()}, ${r.institutionId}, ${r.tokenId}, ${r.method.slice(0, 10)}, ${r.path.slice(0, 300)}, ${r.operation}, ${r.status}, ${r.kode?.slice(0, 20) ?? null}, ${r.format}, ${r.korrelasjonsid.slice(0, 40)}, ${detail}::jsonb)`;
  } catch (error) {
    console.error(`sandbox call not recorded korrelasjonsid=${r.korrelasjonsid}`, error);
  }
}
