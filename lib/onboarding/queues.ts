// Lists for dashboards: what waits for Bits, what is overdue, which certificates expire soon.
import { daysBetween, isIsoDate } from "./dates";
import { ZCertificateDraftSchema, type TCertificateDraft } from "./evidence-specs-ab";
import { deriveSteps, stepWaitsOn, type TDerivedStep, type TProgressInput } from "./progress";
import type { TRecordedStates } from "./types";

export const CERT_WARNING_DAYS = 60;

export type TBitsQueueReason = "BITS_STEP" | "REVIEW" | "INITIATE";

export interface TBitsQueueItem {
  key: string;
  reason: TBitsQueueReason;
  derived: TDerivedStep;
}

/** Steps waiting for Bits, in catalogue order: open BITS steps whose prerequisites are closed,
 * steps AWAITING_REVIEW, and the SHARED B-4 while Bits has yet to initiate it. */
export function bitsQueue(input: TProgressInput): TBitsQueueItem[] {
  const items: TBitsQueueItem[] = [];
  for (const d of deriveSteps(input)) {
    if (!d.applicable || d.closed) continue;
    if (d.status === "AWAITING_REVIEW") items.push({ key: d.step.key, reason: "REVIEW", derived: d });
    else if (d.prerequisitesClosed && stepWaitsOn(d) === "BITS") {
      items.push({ key: d.step.key, reason: d.step.performer === "BITS" ? "BITS_STEP" : "INITIATE", derived: d });
    }
  }
  return items;
}

/** Applicable, open steps whose due date is before today. */
export function overdueSteps(input: TProgressInput): TDerivedStep[] {
  return deriveSteps(input).filter((d) => d.overdue);
}

export interface TCertificateWarning {
  /** Position in A-2's certificate list. */
  index: number;
  environment?: TCertificateDraft["environment"];
  provider?: TCertificateDraft["provider"];
  expiresOn: string;
  /** Days from today to expiry; 0 on the expiry day, negative once expired. */
  daysLeft: number;
  expired: boolean;
}

/** A-2 certificates that expire within `warningDays` of today (inclusive), or have expired,
 * soonest first. A certificate is valid through its expiry day. */
/** The step whose evidence lists the enterprise certificates. */
export const CERTIFICATES_STEP_KEY = "A-2";

export function expiringCertificates(opts: {
  states: TRecordedStates;
  today: string;
  warningDays?: number;
}): TCertificateWarning[] {
  const warningDays = opts.warningDays ?? CERT_WARNING_DAYS;
  const evidence = opts.states[CERTIFICATES_STEP_KEY]?.evidence as { certificates?: unknown } | undefined;
  const list: unknown = evidence?.certificates;
  const certificates: unknown[] = Array.isArray(list) ? list : [];
  const out: TCertificateWarning[] = [];
  // Each certificate on its own, so one malformed entry does not hide the others.
  certificates.forEach((raw, index) => {
    const parsed = ZCertificateDraftSchema.safeParse(raw);
    if (!parsed.success) return;
    const c = parsed.data;
    if (!isIsoDate(c.expiresOn)) return;
    const daysLeft = daysBetween(opts.today, c.expiresOn);
    if (daysLeft > warningDays) return;
    out.push({ index, environment: c.environment, provider: c.provider, expiresOn: c.expiresOn, daysLeft, expired: daysLeft < 0 });
  });
  return out.sort((a, b) => a.daysLeft - b.daysLeft);
}
