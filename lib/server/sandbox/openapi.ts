// OpenAPI 3.1 description of the sandbox, generated from the same zod schemas the handlers use
// (zod 4's z.toJSONSchema emits JSON Schema 2020-12, which OpenAPI 3.1 takes as it is).
import { z } from "zod";
import {
  OTP_ERRORS, ZAvtaleforholdDeleteSchema, ZAvtaleforholdPostSchema, ZGyldighetQuerySchema, ZMonthSchema, ZOrgnrSchema, XML_NS,
} from "../../rules";
import { ZEmployerMonthsPutSchema } from "../../validation/sandbox";
import { SANDBOX_RATE_LIMIT } from "./rate-limit";

const schema = (s: z.ZodType) => {
  const json = z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  delete json.$schema;
  return json;
};
const months = (name: string) => z.object({ maaned: z.array(ZMonthSchema) }).describe(name);
const ZAfBody = z.object({ gyldig: z.boolean(), maanederUtenGyldigAvtaleforhold: months("måneder uten gyldig avtaleforhold").optional() });
const ZVpBody = z.object({ gyldig: z.boolean(), maanederUtenforGyldigVirkningsperiode: months("måneder utenfor gyldig virkningsperiode").optional() });
const ZError = z.object({ kode: z.string(), melding: z.string(), korrelasjonsid: z.uuid() });

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorContent = { "application/json": { schema: ref("Feil") }, "application/xml": { schema: ref("Feil") } };
const korrelasjonsid = { Korrelasjonsid: { description: "uuid per kall", schema: { type: "string", format: "uuid" } } };
const err = (description: string) => ({ description, headers: korrelasjonsid, content: errorContent });
const COMMON = {
  "401": err("OTP-004 autentisering feilet (manglende, ukjent eller tilbaketrukket token)"),
  "404": err("OTP-003 ukjent URL"),
  "406": err("OTP-008 formatet støttes ikke"),
  "413": err("PAYLOAD_TOO_LARGE (bare sandkassen): innhold over 64 kB"),
  "429": { ...err(`RATE_LIMITED (bare sandkassen): over ${SANDBOX_RATE_LIMIT.points} kall per minutt per token`), headers: { ...korrelasjonsid, "Retry-After": { schema: { type: "integer" } } } },
  "500": err("OTP-001 uventet feil"),
};
const pakke = (values: string[]) => ({ name: "rettighetspakke", in: "path", required: true, schema: { type: "string", enum: values } });
const queryParams = Object.entries(schema(ZGyldighetQuerySchema).properties as Record<string, object>).map(([name, s]) => ({ name, in: "query", required: true, schema: s }));
const gyldighet = (summary: string, body: string, root: string, ns: string) => ({
  get: {
    summary, tags: ["nav"], parameters: [pakke(["nav"]), ...queryParams],
    responses: {
      "200": { description: `OK. XML: rot ${root} i navnerommet ${ns}.`, headers: korrelasjonsid, content: { "application/json": { schema: ref(body) }, "application/xml": { schema: ref(body) } } },
      "400": err("OTP-006 validering feilet"),
      "403": err("OTP-005 ikke autorisert (feil rettighetspakke, eller pensjonsinnretning er ikke tokenets virksomhet)"),
      ...COMMON,
    },
  },
});

export function buildOpenApi() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Ajour sandkasse: Tjenestepensjonsavtale",
      version: "1.0.0",
      description: `Etterligner Skatteetatens API Tjenestepensjonsavtale. Feilkoder: ${Object.entries(OTP_ERRORS).map(([k, v]) => `${k} (${v.status}) ${v.meaning}`).join("; ")}. Feil i XML: <feil xmlns="${XML_NS.feil}">.`,
    },
    servers: [{ url: "/api/sandbox" }],
    security: [{ bearer: [] }],
    paths: {
      "/tjenestepensjonsavtale/v1/{rettighetspakke}/avtaleforhold": {
        post: {
          summary: "Opprett eller erstatt en avtale", tags: ["otp"], parameters: [pakke(["otp"])],
          requestBody: { required: true, content: { "application/json": { schema: ref("AvtaleforholdPost") } } },
          responses: { "201": { description: "Opprettet (uten innhold)", headers: korrelasjonsid }, "200": { description: "Erstattet (uten innhold)", headers: korrelasjonsid }, "400": err("OTP-006 validering feilet"), "403": err("OTP-005 feil rettighetspakke"), ...COMMON },
        },
        delete: {
          summary: "Slett en avtale", tags: ["otp"], parameters: [pakke(["otp"])],
          requestBody: { required: true, content: { "application/json": { schema: ref("AvtaleforholdDelete") } } },
          responses: { "204": { description: "Slettet", headers: korrelasjonsid }, "400": err("OTP-006 validering feilet"), "403": err("OTP-005 feil rettighetspakke"), ...COMMON, "404": err("OTP-007 fant ingen avtale med nøkkelen, eller OTP-003 ukjent URL") },
        },
      },
      "/tjenestepensjonsavtale/v1/{rettighetspakke}/avtaleforhold/gyldighet":
        gyldighet("Gyldighet for avtaleforhold", "AvtaleforholdGyldighet", "avtaleforholdGyldighet", XML_NS.avtaleforholdGyldighet),
      "/tjenestepensjonsavtale/v1/{rettighetspakke}/avtaleforhold/virkningsperiode/gyldighet":
        gyldighet("Gyldighet for virkningsperiode", "VirkningsperiodeGyldighet", "virkningsperiodeGyldighet", XML_NS.virkningsperiodeGyldighet),
      "/opplysningspliktig/{orgnr}/maaneder": {
        put: {
          summary: "Bare i sandkassen: erstatt månedene arbeidsgiveren oppgir pensjonsinnretningen i a-meldingen", tags: ["sandkasse"],
          parameters: [{ name: "orgnr", in: "path", required: true, schema: schema(ZOrgnrSchema) }],
          requestBody: { required: true, content: { "application/json": { schema: ref("OpplysningspliktigMaaneder") } } },
          responses: { "204": { description: "Lagret", headers: korrelasjonsid }, "400": err("OTP-006 validering feilet"), ...COMMON },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "Token fra sandkassesiden til pensjonsinnretningen" } },
      schemas: {
        AvtaleforholdPost: schema(ZAvtaleforholdPostSchema),
        AvtaleforholdDelete: schema(ZAvtaleforholdDeleteSchema),
        AvtaleforholdGyldighet: schema(ZAfBody),
        VirkningsperiodeGyldighet: schema(ZVpBody),
        OpplysningspliktigMaaneder: schema(ZEmployerMonthsPutSchema),
        Feil: schema(ZError),
      },
    },
  };
}
