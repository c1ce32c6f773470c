// The demo institutions' checklist progress (used by checklist.ts) and complete evidence per step.
import type { TInstitutionProfile, TStepStatus } from "../../lib/onboarding";

type TDay = (offset: number) => string;
export interface TPlanDetail {
  status: TStepStatus;
  evidence?: Record<string, unknown> | ((day: TDay) => Record<string, unknown>);
  dueInDays?: number;
  reason?: string;
}
type TPlanStep = TStepStatus | TPlanDetail;
export interface TDemoPlan {
  /** Days since the latest activity. */
  idleDays: number;
  steps: Record<string, TPlanStep>;
}

const SCOPES = ["skatteetaten:inntekt", "skatteetaten:inntektsmottakere", "skatteetaten:tjenestepensjonsavtale", "nav:aareg/v1/arbeidsforhold/otp"];

/** Evidence that makes `stepKey` complete for `profile` (steps without structured evidence get a note). */
export function completeEvidence(stepKey: string, profile: TInstitutionProfile, day: TDay): Record<string, unknown> {
  const cert = (environment: string, provider: string, expiresIn: number) => ({ environment, provider, expiresOn: day(expiresIn), reused: false });
  switch (stepKey) {
    case "A-2": return { certificates: [cert("test", "Buypass", 500), cert("production", "Buypass", 600)] };
    case "B-1": return { appliedOn: day(-120), navReference: "NAV-2026-4471", decidedOn: day(-95) };
    case "B-2": return { formVariant: profile.blpMember ? "BLP" : "NON_BLP", sentOn: day(-110), caseReference: "BITS-1187" };
    case "B-3": return { performedBy: profile.hasSupplier ? "supplier" : "institution", doneOn: day(-100) };
    case "B-4": return { signedOn: day(-90) };
    case "B-5": return { tt02Access: true, ...(profile.hasSupplier ? { testUser: "TT02-testbruker-0412" } : {}) };
    case "B-6": case "C-2": return { scopes: SCOPES };
    case "B-8": return { keyObtained: true, obtainedOn: day(-80), holder: "Driftsteamet (nøkkelhvelv)" };
    case "C-4": return {
      testCases: [
        { name: "Hent tjenestepensjonsavtaler", result: "passed", date: day(-20) },
        { name: "Hent inntekt for arbeidstaker", result: "passed", date: day(-19) },
        { name: "Hent arbeidsforhold fra Aa-registeret", result: "passed", date: day(-18) },
      ],
      reportUrl: "https://intranett.example.no/otp/integrasjonstest-rapport",
    };
    case "C-6": return { channels: ["SKATTEETATEN", "NAV_AAREG", "ALTINN", "DIGDIR"] };
    case "C-7": return { confirmationSentOn: day(-12) };
    case "D-1": return { productionOn: day(-6) };
    case "D-2": return { routinesInPlace: true, errorContactName: "Forvaltningsteamet", errorContactEmail: "otp-drift@example.no" };
    default: return { note: "Gjennomført." };
  }
}

const done = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, "DONE" as const]));
const A = ["A-1", "A-2", "A-3", "A-4", "A-5", "A-6", "A-7", "A-8"];
const B = ["B-1", "B-2", "B-3", "B-4", "B-5", "B-6", "B-7", "B-8"];

export const CHECKLIST_DEMO: Record<string, TDemoPlan> = {
  // Fjordkyst: early in phase A, and quiet for three weeks (stale); A-5 is overdue.
  "974760673": {
    idleDays: 21,
    steps: {
      "A-1": "DONE",
      "A-2": { status: "IN_PROGRESS", evidence: { certificates: [{ environment: "test", provider: "Commfides", reused: false }] } },
      "A-3": "IN_PROGRESS",
      "A-5": { status: "IN_PROGRESS", dueInDays: -5 },
      "A-7": { status: "BLOCKED", reason: "Venter på godkjenning fra sikkerhetsavdelingen." },
    },
  },
  // Nordlys: phase A done, registration sent, waiting to sign the accession agreement (B-4).
  "910112244": {
    idleDays: 2,
    steps: { ...done(A), ...done(["B-1", "B-2", "B-3"]), "B-4": { status: "IN_PROGRESS", dueInDays: 10 }, "B-8": "IN_PROGRESS", "C-6": "IN_PROGRESS" },
  },
  // Vidde: in phase C with a supplier; the integration test awaits Bits' review, and the
  // production certificate expires in 40 days.
  "923609016": {
    idleDays: 1,
    steps: {
      ...done(A),
      "A-2": {
        status: "DONE",
        evidence: (day) => ({
          certificates: [
            { environment: "test", provider: "Buypass", expiresOn: day(400), reused: true },
            { environment: "production", provider: "Buypass", expiresOn: day(40), reused: true },
          ],
        }),
      },
      ...done(B),
      ...done(["C-1", "C-2", "C-3", "C-6"]),
      "C-4": "AWAITING_REVIEW",
    },
  },
  // Havbris: in production (D-1 done), building the operational routines (D-2).
  "985399077": {
    idleDays: 3,
    steps: { ...done(A), ...done(B), ...done(["C-1", "C-2", "C-3", "C-4", "C-6", "C-7", "D-1"]), "D-2": { status: "IN_PROGRESS", dueInDays: 20 } },
  },
};
