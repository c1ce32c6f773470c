// The integration test of step C-4 for the Tjenestepensjonsavtale API, as data: each case says
// what the institution's own client must do against the sandbox and decides, from one recorded
// call, whether that call passed it. Pure (no Next, React or Prisma). Ajour's own design, built
// on the API's rules (status codes, OTP codes, gyldighet answers, XML); see the C-4 help text.
import type { TLocalized } from "../onboarding/types";

export const SANDBOX_OPERATIONS = ["create", "delete", "avtaleforholdGyldighet", "virkningsperiodeGyldighet", "employerMonths"] as const;
export type TSandboxOperation = (typeof SANDBOX_OPERATIONS)[number];

/** One call the sandbox answered for the institution's token, as recorded (no bodies). */
export interface TRecordedCall {
  /** ISO time the call was answered */
  at: string;
  method: string;
  /** the URL path without the query */
  path: string;
  operation: TSandboxOperation | null;
  status: number;
  /** the OTP code of an error answer */
  kode: string | null;
  format: "json" | "xml";
  korrelasjonsid: string;
  /** for a gyldighet answer: whether the range is valid and the months that are not */
  detail: { gyldig?: boolean; maaneder?: string[] } | null;
}

export interface TTestCase {
  key: string;
  /** a run passes when every required case has passed */
  required: boolean;
  title: TLocalized;
  /** what the client does */
  how: TLocalized;
  /** the answer that passes the case */
  expected: TLocalized;
  match(call: TRecordedCall): boolean;
}

const OTP_ONLY: readonly TSandboxOperation[] = ["create", "delete"];
const NAV_ONLY: readonly TSandboxOperation[] = ["avtaleforholdGyldighet", "virkningsperiodeGyldighet"];

/** The rettighetspakke segment of a Tjenestepensjonsavtale path (…/v1/{pakke}/avtaleforhold…). */
export function pakkeOf(path: string): string | null {
  return /\/tjenestepensjonsavtale\/v1\/([^/]+)\/avtaleforhold(?:\/|$)/.exec(path)?.[1] ?? null;
}

const gyldighet = (op: TSandboxOperation, gyldig: boolean) => (c: TRecordedCall) =>
  c.operation === op && c.status === 200 && c.detail?.gyldig === gyldig &&
  (gyldig || (c.detail.maaneder?.length ?? 0) > 0);

export const TEST_CASES: readonly TTestCase[] = [
  {
    key: "register",
    required: true,
    title: { nb: "Registrer en avtale", en: "Register an agreement" },
    how: { nb: "POST …/otp/avtaleforhold med en ny avtalereferanse.", en: "POST …/otp/avtaleforhold with a new avtalereferanse." },
    expected: { nb: "201 Created", en: "201 Created" },
    match: (c) => c.operation === "create" && c.method === "POST" && c.status === 201,
  },
  {
    key: "replace",
    required: true,
    title: { nb: "Registrer samme avtale på nytt", en: "Register the same agreement again" },
    how: {
      nb: "POST …/otp/avtaleforhold igjen med samme opplysningspliktig og avtalereferanse (for eksempel en ny tilOgMed).",
      en: "POST …/otp/avtaleforhold again with the same opplysningspliktig and avtalereferanse (for example a new tilOgMed).",
    },
    expected: { nb: "200 OK (avtalen erstattes)", en: "200 OK (the agreement is replaced)" },
    match: (c) => c.operation === "create" && c.method === "POST" && c.status === 200,
  },
  {
    key: "delete",
    required: true,
    title: { nb: "Slett en avtale", en: "Delete an agreement" },
    how: { nb: "DELETE …/otp/avtaleforhold med nøkkelen til en registrert avtale.", en: "DELETE …/otp/avtaleforhold with the key of a registered agreement." },
    expected: { nb: "204 No Content", en: "204 No Content" },
    match: (c) => c.operation === "delete" && c.method === "DELETE" && c.status === 204,
  },
  {
    key: "deleteUnknown",
    required: true,
    title: { nb: "Slett en ukjent avtale", en: "Delete an unknown agreement" },
    how: { nb: "DELETE …/otp/avtaleforhold med en nøkkel som ikke er registrert.", en: "DELETE …/otp/avtaleforhold with a key that is not registered." },
    expected: { nb: "404 OTP-007", en: "404 OTP-007" },
    match: (c) => c.operation === "delete" && c.status === 404 && c.kode === "OTP-007",
  },
  {
    key: "avtaleforholdValid",
    required: true,
    title: { nb: "Avtaleforhold: gyldig periode", en: "Avtaleforhold: a fully covered period" },
    how: { nb: "GET …/nav/avtaleforhold/gyldighet for en periode avtaleforholdet dekker helt.", en: "GET …/nav/avtaleforhold/gyldighet for a period the avtaleforhold fully covers." },
    expected: { nb: "200, gyldig: true", en: "200, gyldig: true" },
    match: gyldighet("avtaleforholdGyldighet", true),
  },
  {
    key: "avtaleforholdGaps",
    required: true,
    title: { nb: "Avtaleforhold: periode med hull", en: "Avtaleforhold: a period with gaps" },
    how: { nb: "GET …/nav/avtaleforhold/gyldighet for en periode med måneder uten avtaleforhold.", en: "GET …/nav/avtaleforhold/gyldighet for a period with months outside the avtaleforhold." },
    expected: { nb: "200, gyldig: false med månedene", en: "200, gyldig: false with the months" },
    match: gyldighet("avtaleforholdGyldighet", false),
  },
  {
    key: "virkningsperiodeValid",
    required: true,
    title: { nb: "Virkningsperiode: gyldig periode", en: "Virkningsperiode: a fully covered period" },
    how: { nb: "GET …/nav/avtaleforhold/virkningsperiode/gyldighet for en periode innenfor virkningsperioden.", en: "GET …/nav/avtaleforhold/virkningsperiode/gyldighet for a period inside the virkningsperiode." },
    expected: { nb: "200, gyldig: true", en: "200, gyldig: true" },
    match: gyldighet("virkningsperiodeGyldighet", true),
  },
  {
    key: "virkningsperiodeGaps",
    required: true,
    title: { nb: "Virkningsperiode: periode utenfor", en: "Virkningsperiode: a period outside it" },
    how: { nb: "GET …/nav/avtaleforhold/virkningsperiode/gyldighet for en periode med måneder utenfor virkningsperioden.", en: "GET …/nav/avtaleforhold/virkningsperiode/gyldighet for a period with months outside the virkningsperiode." },
    expected: { nb: "200, gyldig: false med månedene", en: "200, gyldig: false with the months" },
    match: gyldighet("virkningsperiodeGyldighet", false),
  },
  {
    key: "xml",
    required: false,
    title: { nb: "Svar i XML", en: "An answer in XML" },
    how: { nb: "Et gyldighetskall med Accept: application/xml.", en: "A gyldighet call with Accept: application/xml." },
    expected: { nb: "200 med XML", en: "200 with XML" },
    match: (c) => NAV_ONLY.includes(c.operation!) && c.status === 200 && c.format === "xml",
  },
  {
    key: "invalid",
    required: true,
    title: { nb: "Ugyldig forespørsel", en: "An invalid request" },
    how: {
      nb: "Et kall med ugyldig input, for eksempel fraOgMed etter tilOgMed eller en måned som 2022-13.",
      en: "A call with invalid input, for example fraOgMed after tilOgMed or a month like 2022-13.",
    },
    expected: { nb: "400 OTP-006", en: "400 OTP-006" },
    match: (c) => c.operation !== null && c.operation !== "employerMonths" && c.status === 400 && c.kode === "OTP-006",
  },
  {
    key: "wrongPakke",
    required: true,
    title: { nb: "Feil rettighetspakke", en: "The wrong rettighetspakke" },
    how: {
      nb: "Et gyldighetskall under …/otp/, eller en registrering eller sletting under …/nav/.",
      en: "A gyldighet call under …/otp/, or a registration or deletion under …/nav/.",
    },
    expected: { nb: "403 OTP-005", en: "403 OTP-005" },
    match: (c) => {
      const pakke = pakkeOf(c.path);
      const wrong = (pakke === "otp" && NAV_ONLY.includes(c.operation!)) || (pakke === "nav" && OTP_ONLY.includes(c.operation!));
      return wrong && c.status === 403 && c.kode === "OTP-005";
    },
  },
];


export function findTestCase(key: string): TTestCase | undefined {
  return TEST_CASES.find((c) => c.key === key);
}
