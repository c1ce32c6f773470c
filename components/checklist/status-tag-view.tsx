// The status and warning tags without translation hooks: usable from server and client
// components alike, with labels the caller translated (long tables translate each label once).
import type { TDerivedStatus } from "@/lib/onboarding";

const STYLE: Record<TDerivedStatus, string> = {
  NOT_STARTED: "border-slate-500 bg-white text-slate-800",
  CANNOT_START_YET: "border-slate-400 bg-slate-100 text-slate-700",
  IN_PROGRESS: "border-blue-700 bg-blue-50 text-blue-900",
  AWAITING_REVIEW: "border-amber-700 bg-amber-50 text-amber-900",
  DONE: "border-green-700 bg-green-50 text-green-900",
  BLOCKED: "border-red-700 bg-red-50 text-red-900",
  NOT_APPLICABLE: "border-slate-400 bg-slate-50 text-slate-600",
};

/** The tag with its label given: for long tables whose parent already holds a translator. */
export function StatusTagView({ status, label }: { status: TDerivedStatus; label: string }) {
  return <span className={`tag ${STYLE[status]}`}>{label}</span>;
}

export function WarningTag({ children }: { children: React.ReactNode }) {
  return <span className="tag tag-warning">{children}</span>;
}
