// The sandbox API's request pipeline, shared by every route file: korrelasjonsid, unknown path,
// bearer auth, rate limit, rettighetspakke, Accept, body size, then the endpoint itself; every
// failure is answered in the API's error shape (JSON or XML per Accept).
import {
  checkRettighetspakke, negotiateFormat, newKorrelasjonsid, toXml, type ApiOperation, type ResponseFormat,
} from "../../rules";
import type { TRecordedCall, TSandboxOperation } from "../../integration-test";
import type { PrismaClient } from "../prisma-client";
import { authenticate, type SandboxCaller } from "./authenticate";
import { otp, rateLimited, SandboxError } from "./errors";
import { SANDBOX_BODY_LIMIT } from "./read-body";
import { recordSandboxCall } from "./record-call";
import { createSandboxLimiter, SANDBOX_RATE_LIMIT, type SandboxLimiter } from "./rate-limit";

export interface SandboxCall {
  req: Request;
  caller: SandboxCaller;
  format: ResponseFormat;
  korrelasjonsid: string;
  /** what the recorded call keeps of the answer (a gyldighet endpoint sets gyldig and the months) */
  detail?: TRecordedCall["detail"];
}

export interface SandboxOptions {
  rateLimit?: { points: number; duration: number };
  bodyLimit?: number;
}

export interface Endpoint {
  /** the rettighetspakke path segment, for endpoints under …/v1/{rettighetspakke}/ */
  pakke?: string;
  operation?: ApiOperation;
  /** how the call is recorded when it is not one of the API's operations (the sandbox-only PUT) */
  recordAs?: TSandboxOperation;
  run(call: SandboxCall): Promise<Response>;
}

const CONTENT_TYPE: Record<ResponseFormat, string> = { json: "application/json; charset=utf-8", xml: "application/xml; charset=utf-8" };

export function bodyResponse(status: number, body: string, format: ResponseFormat, korrelasjonsid: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { "Content-Type": CONTENT_TYPE[format], Korrelasjonsid: korrelasjonsid, ...headers } });
}

export function emptyResponse(status: 200 | 201 | 204, korrelasjonsid: string): Response {
  return new Response(null, { status, headers: { Korrelasjonsid: korrelasjonsid } });
}

export function errorResponse(error: SandboxError, format: ResponseFormat, korrelasjonsid: string): Response {
  const body = { kode: error.kode, melding: error.melding, korrelasjonsid };
  const text = format === "xml" ? toXml(body) : JSON.stringify(body);
  return bodyResponse(error.status, text, format, korrelasjonsid, { "Cache-Control": "no-store", ...error.headers });
}

export interface Pipeline {
  bodyLimit: number;
  handle(req: Request, endpoint: Endpoint): Promise<Response>;
  /** 404 OTP-003 for any URL or method the API does not have. */
  unknown(req: Request): Response;
}

export function createPipeline(db: PrismaClient, options: SandboxOptions = {}): Pipeline {
  let limiter: SandboxLimiter | null = null; // created on first use (no work at import time)
  const limiterFor = () => (limiter ??= createSandboxLimiter(db, options.rateLimit ?? SANDBOX_RATE_LIMIT));
  const errorFormat = (req: Request): ResponseFormat => negotiateFormat(req.headers.get("accept")) ?? "json";

  return {
    bodyLimit: options.bodyLimit ?? SANDBOX_BODY_LIMIT,
    unknown(req) {
      return errorResponse(otp("OTP-003"), errorFormat(req), newKorrelasjonsid());
    },
    async handle(req, endpoint) {
      const korrelasjonsid = newKorrelasjonsid();
      // the Accept header read once: the answer's format, and an error's (JSON when none fits)
      const accepted = negotiateFormat(req.headers.get("accept"));
      const format = accepted ?? "json";
      // set once the token is known: every answer from then on is recorded (C-4's test run)
      let call: SandboxCall | null = null;
      let res: Response;
      let kode: string | null = null;
      try {
        // Order (vectors.json): unknown path → auth → rettighetspakke → Accept → validation.
        if (endpoint.pakke !== undefined && endpoint.pakke !== "otp" && endpoint.pakke !== "nav") throw otp("OTP-003");
        const caller = await authenticate(db, req.headers.get("authorization"));
        if (!caller) throw otp("OTP-004");
        const wait = await limiterFor().consume(caller.tokenId);
        // a refused call is not recorded: the limit also bounds the call log
        if (wait !== null) throw rateLimited(wait);
        call = { req, caller, format, korrelasjonsid };
        if (endpoint.pakke !== undefined && endpoint.operation) {
          const denied = checkRettighetspakke(endpoint.pakke, endpoint.operation);
          if (denied) throw otp(denied.body.kode as "OTP-003" | "OTP-005");
        }
        if (!accepted) throw otp("OTP-008");
        res = await endpoint.run(call);
        res.headers.set("Korrelasjonsid", korrelasjonsid);
      } catch (error) {
        if (error instanceof SandboxError) {
          kode = error.kode;
          res = errorResponse(error, format, korrelasjonsid);
        } else {
          console.error(`sandbox ${req.method} ${new URL(req.url).pathname} korrelasjonsid=${korrelasjonsid}`, error);
          kode = "OTP-001";
          res = errorResponse(otp("OTP-001"), format, korrelasjonsid);
        }
      }
      if (call) {
        await recordSandboxCall(db, {
          institutionId: call.caller.institutionId,
          tokenId: call.caller.tokenId,
          method: req.method,
          path: new URL(req.url).pathname,
          operation: endpoint.operation ?? endpoint.recordAs ?? null,
          status: res.status,
          kode,
          format,
          korrelasjonsid,
          detail: call.detail ?? null,
        });
      }
      return res;
    },
  };
}
