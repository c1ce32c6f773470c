// Progress per phase as one decorative four-segment bar (.phase-track in globals.css draws it from
// four custom properties) beside one line of text ("A 100 % · B 42 % · C 0 % · D 0 %"). The
// overview shows it for every institution, where four full progress bars per row made the page
// ~3x heavier to render.
import type { CSSProperties } from "react";
import { PHASES } from "@/lib/onboarding";

/** "A 100 % · B 42 % · …" from the percents of phases A–D in order, each phase unbreakable. */
export const phasePercentsText = (percents: readonly number[]): string =>
  PHASES.map((p, i) => `${p}\u00a0${percents[i] ?? 0}\u00a0%`).join(" · ");

/** The bar; `percents` are phases A–D in order. */
export function PhaseTrack({ percents }: { percents: readonly number[] }) {
  const vars = Object.fromEntries(PHASES.map((p, i) => [`--${p.toLowerCase()}`, percents[i] ?? 0]));
  return <span aria-hidden="true" className="phase-track mt-1" style={vars as CSSProperties} />;
}
