// Phase C – Påkobling til test og integrasjonstesting, and phase D – Påkobling til produksjon.
// There is no C-5 in the public guide; keys are kept as the guide has them.
import { LINKS } from "./links";
import type { TStepDefinition } from "./types";

export const STEPS_C: readonly TStepDefinition[] = [
  {
    key: "C-1",
    phase: "C",
    title: { nb: "Bits bekrefter at dere er i test", en: "Bits confirms you are in test" },
    description: {
      nb: "Bits mottar bekreftelse fra etatene på at testtilgangen er gitt, og gir beskjed til pensjonsinnretningen om at den er i test.",
      en: "Bits receives the agencies' confirmation that test access is granted and tells the institution it is in test.",
    },
    performer: "BITS",
    roles: ["Bits"],
    links: [],
    prerequisites: ["B-1", "B-6"],
    requiresReview: false,
    applicability: "ALWAYS",
  },
  {
    key: "C-2",
    phase: "C",
    title: { nb: "Sett opp Maskinporten i test", en: "Set up Maskinporten in test" },
    description: {
      nb: "Opprett klienten i Maskinportens testmiljø med testsertifikatet og de fire scopene for tjenesten (se A-3).",
      en: "Create the client in Maskinporten's test environment with the test certificate and the service's four scopes (see A-3).",
    },
    performer: "INSTITUTION",
    roles: ["IT"],
    links: [LINKS.maskinportenStart],
    prerequisites: ["C-1", "A-2"],
    requiresReview: false,
    applicability: "ALWAYS",
  },
  {
    key: "C-3",
    phase: "C",
    title: { nb: "Koble til etatenes API-er", en: "Connect to the agencies' APIs" },
    description: {
      nb: "Koble integrasjonen til Skatteetatens og NAVs API-er i testmiljøet.",
      en: "Connect the integration to Skatteetaten's and NAV's APIs in the test environment.",
    },
    performer: "INSTITUTION",
    roles: ["IT"],
    links: [LINKS.skatteetatenApi, LINKS.aaregDocs, LINKS.navApiPortal],
    prerequisites: ["C-2", "B-7", "B-8", "A-5", "A-7"],
    requiresReview: false,
    applicability: "ALWAYS",
  },
  {
    key: "C-4",
    phase: "C",
    title: { nb: "Gjennomfør integrasjonstesten", en: "Run the integration test" },
    description: {
      nb: "Kjør testtilfellene som må bestås før produksjon, og fyll ut rapporten for integrasjonstesten. Pensjonsinnretningen må kunne vise fram rapporten hvis NAV, Skatteetaten eller Bits ber om den. Bits kontrollerer resultatet.",
      en: "Run the test cases that must pass before production and fill in the integration test report. The institution must be able to show the report if NAV, Skatteetaten or Bits ask. Bits checks the result.",
    },
    performer: "INSTITUTION",
    roles: ["IT"],
    links: [LINKS.guide, LINKS.testData],
    prerequisites: ["C-3", "A-6"],
    requiresReview: true,
    applicability: "ALWAYS",
  },
  {
    key: "C-6",
    phase: "C",
    title: { nb: "Abonner på nyheter og driftsmeldinger", en: "Subscribe to news and operational alerts" },
    description: {
      nb: "Abonner på nyheter og driftsmeldinger fra Skatteetaten, NAV (Aa-registeret), Altinn og Digdir.",
      en: "Subscribe to news and operational alerts from Skatteetaten, NAV (Aa-register), Altinn and Digdir.",
    },
    performer: "INSTITUTION",
    roles: ["IT", "Forretning"],
    links: [LINKS.skatteetaten, LINKS.nav, LINKS.altinn, LINKS.digdir],
    prerequisites: [],
    requiresReview: false,
    applicability: "ALWAYS",
  },
  {
    key: "C-7",
    phase: "C",
    title: { nb: "Bekreft til Bits at dere er klare for produksjon", en: "Confirm production readiness to Bits" },
    description: {
      nb: "Send Bits bekreftelse på at integrasjonstesten er gjennomført og rapporten laget. Bits kontrollerer bekreftelsen.",
      en: "Confirm to Bits that the integration test is completed and the report made. Bits checks the confirmation.",
    },
    performer: "INSTITUTION",
    roles: ["Forretning", "IT"],
    links: [LINKS.casePortal],
    prerequisites: ["C-4"],
    requiresReview: true,
    applicability: "ALWAYS",
  },
];

export const STEPS_D: readonly TStepDefinition[] = [
  {
    // The guide's table tags D-1 "IT", but its text has Bits receive the agencies' confirmation
    // and inform the institution: the action is Bits', so the performer is BITS. The IT tag is
    // kept because the institution's IT is who is told to switch to production.
    key: "D-1",
    phase: "D",
    title: { nb: "Bits bekrefter at dere er i produksjon", en: "Bits confirms you are in production" },
    description: {
      nb: "Bits mottar bekreftelse fra etatene på at produksjonstilgangen er etablert, og gir beskjed til pensjonsinnretningen om at den er i produksjon.",
      en: "Bits receives the agencies' confirmation that production access is established and tells the institution it is in production.",
    },
    performer: "BITS",
    roles: ["Bits", "IT"],
    links: [],
    prerequisites: ["C-7"],
    requiresReview: false,
    applicability: "ALWAYS",
  },
  {
    key: "D-2",
    phase: "D",
    title: { nb: "Innarbeid forvaltningsrutinene", en: "Adopt the operational routines" },
    description: {
      nb: "Bygg tjenestens forvaltningsrutiner inn i egne rutiner, for eksempel at feilmeldinger, spørsmål om dokumentasjonen og endringsønsker sendes til Bits' saksbehandlerportal.",
      en: "Build the service's operational routines into your own, for example routing error reports, documentation questions and change requests to Bits' case portal.",
    },
    performer: "INSTITUTION",
    roles: ["Forretning"],
    links: [LINKS.guide, LINKS.casePortal],
    prerequisites: ["D-1"],
    requiresReview: false,
    applicability: "ALWAYS",
  },
];
