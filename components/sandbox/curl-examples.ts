// The docs page's curl examples, written to work as they stand against a local start.
export const SANDBOX_BASE = "http://localhost:3000/api/sandbox";
const API = `${SANDBOX_BASE}/tjenestepensjonsavtale/v1`;
const PI = "999999999"; // replaced by the reader with their institution's org number
const OP = "974760673";
const auth = '-H "Authorization: Bearer $TOKEN"';

/** The shell variables the examples use; the placeholder and comment in the page's language. */
export const curlSetup = (text: { tokenPlaceholder: string; piComment: string }) =>
  `export TOKEN='${text.tokenPlaceholder}'\nexport PI=${PI}  # ${text.piComment}`;

export const CURL = {
  months: `curl -s -i -X PUT ${SANDBOX_BASE}/opplysningspliktig/${OP}/maaneder \\\n  ${auth} -H "Content-Type: application/json" \\\n  -d '{"maaneder":["2022-03","2022-04","2022-05","2022-09","2022-10"]}'`,
  post: [
    `curl -s -i -X POST ${API}/otp/avtaleforhold \\\n  ${auth} -H "Content-Type: application/json" \\\n  -d '{"avtalereferanse":"avtale-1","fraOgMed":"2022-03","tilOgMed":"2022-05","opplysningspliktig":{"norskIdentifikator":"${OP}"}}'`,
    `curl -s -i -X POST ${API}/otp/avtaleforhold \\\n  ${auth} -H "Content-Type: application/json" \\\n  -d '{"avtalereferanse":"avtale-2","fraOgMed":"2022-09","opplysningspliktig":{"norskIdentifikator":"${OP}"}}'`,
  ].join("\n\n"),
  get: [
    `curl -s "${API}/nav/avtaleforhold/gyldighet?opplysningspliktig=${OP}&pensjonsinnretning=$PI&fraOgMed=2022-01&tilOgMed=2022-12" \\\n  ${auth}`,
    `curl -s "${API}/nav/avtaleforhold/gyldighet?opplysningspliktig=${OP}&pensjonsinnretning=$PI&fraOgMed=2022-01&tilOgMed=2022-12" \\\n  ${auth} -H "Accept: application/xml"`,
    `curl -s "${API}/nav/avtaleforhold/virkningsperiode/gyldighet?opplysningspliktig=${OP}&pensjonsinnretning=$PI&fraOgMed=2020-12&tilOgMed=2022-11" \\\n  ${auth}`,
    `curl -s "${API}/nav/avtaleforhold/virkningsperiode/gyldighet?opplysningspliktig=${OP}&pensjonsinnretning=$PI&fraOgMed=2020-12&tilOgMed=2022-12" \\\n  ${auth} -H "Accept: application/xml"`,
  ].join("\n\n"),
  delete: `curl -s -i -X DELETE ${API}/otp/avtaleforhold \\\n  ${auth} -H "Content-Type: application/json" \\\n  -d '{"avtalereferanse":"avtale-2","opplysningspliktig":{"norskIdentifikator":"${OP}"}}'`,
  openapi: `curl -s ${SANDBOX_BASE}/openapi.json`,
};
