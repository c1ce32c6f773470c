// Public documents the steps link to. Every URL below appears in the public onboarding guide
// (seed 000_918f6d1ce498f5c5: its links were written "https:/…", fixed to "https://…") or is
// the root of a site the guide names. Two are resolved, not copied:
// - the registration forms are linked relative ("/assets/…") on the guide's own site; the
//   criteria link shows that site is https://dokumentasjon.dsop.no, so they resolve there;
// - the guide page itself is that site's /ajourhold/ path plus the page slug.
// Where the guide links a document we cannot see (the integration-test workbook and report
// template, the Altinn delegation guide, the operational routines page) the step links the
// guide page, where the current document is, rather than an invented deep path.
import type { TStepLink } from "./types";

const DSOP = "https://dokumentasjon.dsop.no";

export const URLS = {
  guide: `${DSOP}/ajourhold/dsop_ajourhold_onboarding`,
  about: `${DSOP}/ajourhold/dsop_ajourhold_om`,
  criteria: `${DSOP}/ajourhold/dsop_ajourhold_om#kriterier-og-hjemmelsgrunnlag-pensjonsinnretningene-har-for-tilgang-til-data-for-tjenesten`,
  casePortal: "https://online3.superoffice.com/Cust28770/CS/scripts/customer.fcgi",
  formBlp: `${DSOP}/assets/${encodeURIComponent("Registreringsskjema - Ajourhold av OTP (medlem av BLP V.1).docx")}`,
  formNonBlp: `${DSOP}/assets/${encodeURIComponent("Registreringsskjema - Ajourhold av OTP (ikke medlem av BLP V.1).docx")}`,
  buypass: "https://www.buypass.no/produkter/virksomhetssertifikat-esegl#oversikt-VID",
  commfides: "https://www.commfides.com/commfides-virksomhetssertifikat/",
  maskinportenStart: "https://samarbeid.digdir.no/maskinporten/ta-i-bruk-maskinporten/97",
  maskinportenTerms: "https://samarbeid.digdir.no/maskinporten/bruksvilkar-private-kunder-i-maskinporten/73",
  samarbeid: "https://samarbeid.digdir.no/",
  skatteetatenApi: "https://skatteetaten.github.io/api-dokumentasjon/api/tjenestepensjonsavtale",
  testData: "https://skatteetaten.github.io/api-dokumentasjon/api/tjenestepensjonsavtale?tab=Test",
  aaregDocs: "https://navikt.github.io/aareg/",
  aaregAccess: "https://navikt.github.io/aareg/om_tjenestene/soke_om_tilgang",
  navApiPortal: "https://api-portal.nav.no/",
  skatteetaten: "https://www.skatteetaten.no/",
  nav: "https://www.nav.no/",
  altinn: "https://www.altinn.no/",
  digdir: "https://www.digdir.no/",
  bits: "https://www.bits.no/",
} as const;

function link(nb: string, en: string, url: string): TStepLink {
  return { label: { nb, en }, url };
}

export const LINKS = {
  guide: link("Onboardingveiledningen (DSOP)", "The onboarding guide (DSOP)", URLS.guide),
  about: link("Om tjenesten", "About the service", URLS.about),
  criteria: link("Kriterier for bruk av tjenesten", "Criteria for using the service", URLS.criteria),
  casePortal: link("Bits' saksbehandlerportal", "Bits' case portal", URLS.casePortal),
  formBlp: link("Registreringsskjema (medlem av BLP)", "Registration form (BLP member)", URLS.formBlp),
  formNonBlp: link(
    "Registreringsskjema (ikke medlem av BLP)",
    "Registration form (not a BLP member)",
    URLS.formNonBlp,
  ),
  buypass: link("Buypass virksomhetssertifikat", "Buypass enterprise certificate", URLS.buypass),
  commfides: link("Commfides virksomhetssertifikat", "Commfides enterprise certificate", URLS.commfides),
  maskinportenStart: link("Ta i bruk Maskinporten", "Getting started with Maskinporten", URLS.maskinportenStart),
  maskinportenTerms: link(
    "Bruksvilkår for private kunder i Maskinporten",
    "Maskinporten terms of use for private customers",
    URLS.maskinportenTerms,
  ),
  samarbeid: link("Digdirs Samarbeidsportalen", "Digdir's Samarbeidsportalen", URLS.samarbeid),
  skatteetatenApi: link(
    "Skatteetatens API-dokumentasjon (Tjenestepensjonsavtale)",
    "Skatteetaten's API documentation (Tjenestepensjonsavtale)",
    URLS.skatteetatenApi,
  ),
  testData: link("Testdata (felles for Skatteetaten og NAV)", "Test data (shared by Skatteetaten and NAV)", URLS.testData),
  aaregDocs: link("NAVs dokumentasjon for Aa-registeret", "NAV's Aa-register documentation", URLS.aaregDocs),
  aaregAccess: link("Søk om tilgang til Aa-registeret", "Apply for Aa-register access", URLS.aaregAccess),
  navApiPortal: link("NAVs API-portal", "NAV's API portal", URLS.navApiPortal),
  skatteetaten: link("Skatteetaten", "Skatteetaten (tax administration)", URLS.skatteetaten),
  nav: link("NAV", "NAV", URLS.nav),
  altinn: link("Altinn", "Altinn", URLS.altinn),
  digdir: link("Digdir", "Digdir", URLS.digdir),
  bits: link("Bits", "Bits", URLS.bits),
} as const satisfies Record<string, TStepLink>;
