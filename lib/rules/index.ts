// Public API of the shared rule engine. Pure TypeScript (zod only): safe in the browser, the
// server, the CLI and tests. Nothing here (or below) imports node: modules; cli.ts is separate.
export type {
  Agreement, PairInput, AvtaleforholdGyldighetBody, VirkningsperiodeGyldighetBody, OtpErrorBody, RawAgreement,
} from "./types";
export {
  compile, CompiledPair, avtaleforhold, virkningsperiode, avtaleforholdGyldighet, virkningsperiodeGyldighet, explainMonth,
} from "./engine";
export type { MonthExplanation, AvtaleforholdReason, VirkningsperiodeReason, VirkningsperiodeGrant } from "./explain";
export {
  MONTH_PATTERN, EARLIEST_AVTALEFORHOLD, EARLIEST_VIRKNINGSPERIODE, MONTHS_BEFORE, MONTHS_AFTER,
  isMonth, parseMonth, formatMonth, addMonths, monthRange, toRanges, parseRanges, MAX_RANGE_MONTHS, TooManyMonthsError,
} from "./months";
export { isValidOrgnr } from "./orgnr";
export { toXml, escapeXml, XML_NS, type XmlKind } from "./xml";
export {
  ZMonthSchema, ZOrgnrSchema, ZAvtalereferanseSchema, ZAgreementSchema, ZPairInputSchema,
  ZAvtaleforholdPostSchema, ZAvtaleforholdDeleteSchema, ZGyldighetQuerySchema,
  validationMessage, validationError, parseOrOtp006,
  type TAvtaleforholdPost, type TAvtaleforholdDelete, type TGyldighetQuery,
} from "./schemas";
export { OTP_ERRORS, otpError, newKorrelasjonsid, type OtpKode, type OtpError } from "./errors";
export {
  checkRettighetspakke, negotiateFormat, type Rettighetspakke, type ApiOperation, type ResponseFormat,
} from "./http";
export { splitCsvRecord, CsvByteReader, readCsvText, type CsvRow } from "./csv";
export { BulkCollector, CSV_COLUMNS, readHeader, type BulkRow, type ColumnIndex } from "./bulk";
export { checkPair, formatResultLine, type BulkResult } from "./bulk-output";
