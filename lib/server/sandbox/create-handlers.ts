// The sandbox endpoints as plain functions of (Request, params), bound to a database client:
// route files bind them to the app's `db`, integration tests to a test database.
import {
  compile, parseOrOtp006, toXml, ZAvtaleforholdDeleteSchema, ZAvtaleforholdPostSchema, ZGyldighetQuerySchema,
  type ResponseFormat,
} from "../../rules";
import { ZEmployerMonthsPutSchema, ZEmployerPathSchema } from "../../validation/sandbox";
import type { PrismaClient } from "../prisma-client";
import { otp, SandboxError } from "./errors";
import { bodyResponse, createPipeline, emptyResponse, type SandboxOptions } from "./handler";
import { readJsonBody } from "./read-body";
import { deleteAgreement, loadPair, saveAgreement, saveEmployerMonths } from "./store";

export type PakkeParams = { rettighetspakke: string };
export type OrgnrParams = { orgnr: string };

function parsed<T>(r: { ok: true; data: T } | { ok: false; error: { body: { kode: string; melding: string } } }): T {
  if (!r.ok) throw new SandboxError(400, r.error.body.kode, r.error.body.melding);
  return r.data;
}

/** Query parameters as an object; each name once (the first value), unknown names kept so the strict schema rejects them. */
function queryObject(url: string): Record<string, string> {
  const params = new URL(url).searchParams;
  const out: Record<string, string> = {};
  for (const key of new Set(params.keys())) out[key] = params.get(key)!;
  return out;
}

export function createHandlers(db: PrismaClient, options: SandboxOptions = {}) {
  const pipeline = createPipeline(db, options);
  const body = (req: Request) => readJsonBody(req, pipeline.bodyLimit);

  const gyldighet = (kind: "avtaleforhold" | "virkningsperiode") => (req: Request, { rettighetspakke }: PakkeParams) =>
    pipeline.handle(req, {
      pakke: rettighetspakke,
      operation: kind === "avtaleforhold" ? "avtaleforholdGyldighet" : "virkningsperiodeGyldighet",
      async run(call) {
        const { caller, format, korrelasjonsid } = call;
        const q = parsed(parseOrOtp006(ZGyldighetQuerySchema, queryObject(req.url)));
        if (q.pensjonsinnretning !== caller.orgnr) {
          throw otp("OTP-005", "Ikke autorisert: pensjonsinnretning er ikke virksomheten tokenet tilhører.");
        }
        const pair = compile(await loadPair(db, caller.institutionId, q.opplysningspliktig));
        const text = (f: ResponseFormat) => {
          if (kind === "avtaleforhold") {
            const b = pair.avtaleforholdGyldighet(q.fraOgMed, q.tilOgMed);
            call.detail = { gyldig: b.gyldig, ...(b.maanederUtenGyldigAvtaleforhold ? { maaneder: b.maanederUtenGyldigAvtaleforhold.maaned } : {}) };
            return f === "xml" ? toXml(b, "avtaleforhold") : JSON.stringify(b);
          }
          const b = pair.virkningsperiodeGyldighet(q.fraOgMed, q.tilOgMed);
          call.detail = { gyldig: b.gyldig, ...(b.maanederUtenforGyldigVirkningsperiode ? { maaneder: b.maanederUtenforGyldigVirkningsperiode.maaned } : {}) };
          return f === "xml" ? toXml(b, "virkningsperiode") : JSON.stringify(b);
        };
        return bodyResponse(200, text(format), format, korrelasjonsid);
      },
    });

  return {
    /** POST …/v1/{rettighetspakke}/avtaleforhold: 201 created, 200 replaced, no body. */
    postAvtaleforhold: (req: Request, { rettighetspakke }: PakkeParams) =>
      pipeline.handle(req, {
        pakke: rettighetspakke,
        operation: "create",
        async run({ caller, korrelasjonsid }) {
          const input = parsed(parseOrOtp006(ZAvtaleforholdPostSchema, await body(req)));
          const outcome = await saveAgreement(db, caller.institutionId, input);
          return emptyResponse(outcome === "created" ? 201 : 200, korrelasjonsid);
        },
      }),
    /** DELETE …/v1/{rettighetspakke}/avtaleforhold: 204, or 404 OTP-007 for an unknown key. */
    deleteAvtaleforhold: (req: Request, { rettighetspakke }: PakkeParams) =>
      pipeline.handle(req, {
        pakke: rettighetspakke,
        operation: "delete",
        async run({ caller, korrelasjonsid }) {
          const input = parsed(parseOrOtp006(ZAvtaleforholdDeleteSchema, await body(req)));
          if (!(await deleteAgreement(db, caller.institutionId, input))) throw otp("OTP-007");
          return emptyResponse(204, korrelasjonsid);
        },
      }),
    /** GET …/v1/{rettighetspakke}/avtaleforhold/gyldighet */
    getAvtaleforholdGyldighet: gyldighet("avtaleforhold"),
    /** GET …/v1/{rettighetspakke}/avtaleforhold/virkningsperiode/gyldighet */
    getVirkningsperiodeGyldighet: gyldighet("virkningsperiode"),
    /** Sandbox-only: PUT /opplysningspliktig/{orgnr}/maaneder replaces the employer's months. */
    putEmployerMonths: (req: Request, { orgnr }: OrgnrParams) =>
      pipeline.handle(req, {
        recordAs: "employerMonths",
        async run({ caller, korrelasjonsid }) {
          const { opplysningspliktig } = parsed(parseOrOtp006(ZEmployerPathSchema, { opplysningspliktig: orgnr }));
          const { maaneder } = parsed(parseOrOtp006(ZEmployerMonthsPutSchema, await body(req)));
          await saveEmployerMonths(db, caller.institutionId, opplysningspliktig, maaneder);
          return emptyResponse(204, korrelasjonsid);
        },
      }),
    /** Any URL or method the sandbox does not have: 404 OTP-003. */
    unknown: (req: Request) => pipeline.unknown(req),
  };
}

export type SandboxHandlers = ReturnType<typeof createHandlers>;
