// The docs page's curl examples, written to work as they stand: against the app's own address,
// with the signed-in institution's org number when the page knows it.
export const PI_PLACEHOLDER = "999999999"; // replaced by the reader when the page cannot know their institution
const OP = "974760673";
const auth = '-H "Authorization: Bearer $TOKEN"';

/** The shell variables the examples use; the placeholder and comment in the page's language. */
export const curlSetup = (text: { tokenPlaceholder: string; piComment: string; pi?: string | null }) =>
  `export TOKEN='${text.tokenPlaceholder}'\nexport PI=${text.pi ?? PI_PLACEHOLDER}  # ${text.piComment}`;

/** `origin`: the app's own address, e.g. "https://ajour.example.no" (no trailing slash). */
export function curlExamples(origin: string) {
  const base = `${origin}/api/sandbox`;
  const api = `${base}/tjenestepensjonsavtale/v1`;
  return {
    months: `curl -s -i -X PUT ${base}/opplysningspliktig/${OP}/maaneder \\\n  ${auth} -H "Content-Type: application/json" \\\n  -d '{"maaneder":["2022-03","2022-04","2022-05","2022-09","2022-10"]}'`,
    post: [
      `curl -s -i -X POST ${api}/otp/avtaleforhold \\\n  ${auth} -H "Content-Type: application/json" \\\n  -d '{"avtalereferanse":"avtale-1","fraOgMed":"2022-03","tilOgMed":"2022-05","opplysningspliktig":{"norskIdentifikator":"${OP}"}}'`,
      `curl -s -i -X POST ${api}/otp/avtaleforhold \\\n  ${auth} -H "Content-Type: application/json" \\\n  -d '{"avtalereferanse":"avtale-2","fraOgMed":"2022-09","opplysningspliktig":{"norskIdentifikator":"${OP}"}}'`,
    ].join("\n\n"),
    get: [
      `curl -s "${api}/nav/avtaleforhold/gyldighet?opplysningspliktig=${OP}&pensjonsinnretning=$PI&fraOgMed=2022-01&tilOgMed=2022-12" \\\n  ${auth}`,
      `curl -s "${api}/nav/avtaleforhold/gyldighet?opplysningspliktig=${OP}&pensjonsinnretning=$PI&fraOgMed=2022-01&tilOgMed=2022-12" \\\n  ${auth} -H "Accept: application/xml"`,
      `curl -s "${api}/nav/avtaleforhold/virkningsperiode/gyldighet?opplysningspliktig=${OP}&pensjonsinnretning=$PI&fraOgMed=2020-12&tilOgMed=2022-11" \\\n  ${auth}`,
      `curl -s "${api}/nav/avtaleforhold/virkningsperiode/gyldighet?opplysningspliktig=${OP}&pensjonsinnretning=$PI&fraOgMed=2020-12&tilOgMed=2022-12" \\\n  ${auth} -H "Accept: application/xml"`,
    ].join("\n\n"),
    delete: `curl -s -i -X DELETE ${api}/otp/avtaleforhold \\\n  ${auth} -H "Content-Type: application/json" \\\n  -d '{"avtalereferanse":"avtale-2","opplysningspliktig":{"norskIdentifikator":"${OP}"}}'`,
    openapi: `curl -s ${base}/openapi.json`,
  };
}
