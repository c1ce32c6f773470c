// Progress per phase in one line of text ("A 100 % · B 42 % · C 0 % · D 0 %", each unbreakable) over one decorative
// four-segment bar drawn with a single gradient: the overview shows it for 50 institutions a page,
// where four full progress bars per row made the page ~3x heavier to render.
import { PHASES, type TPhase } from "@/lib/onboarding";

const FILLED = "var(--color-brand)";
const EMPTY = "var(--color-slate-200)";
const GAP = "white";

/** CSS gradient: four equal segments separated by a hairline gap, each filled to its percent. */
export function phaseGradient(percents: Readonly<Record<TPhase, number>>): string {
  const width = 100 / PHASES.length;
  const stops = PHASES.flatMap((phase, i) => {
    const start = i * width;
    const end = start + width - (i < PHASES.length - 1 ? 1 : 0);
    const fill = start + ((end - start) * Math.max(0, Math.min(100, percents[phase]))) / 100;
    const parts = [`${FILLED} ${start}% ${fill}%`, `${EMPTY} ${fill}% ${end}%`];
    return i < PHASES.length - 1 ? [...parts, `${GAP} ${end}% ${start + width}%`] : parts;
  });
  return `linear-gradient(to right, ${stops.join(", ")})`;
}

export function PhaseProgressStrip({ percents, label }: { percents: Readonly<Record<TPhase, number>>; label: string }) {
  return (
    <div>
      <div aria-hidden="true" className="h-1.5 w-full rounded" style={{ backgroundImage: phaseGradient(percents) }} />
      <p className="mt-0.5 text-xs tabular-nums text-slate-700">
        <span className="sr-only">{label}: </span>
        {PHASES.map((p) => `${p}\u00a0${percents[p]}\u00a0%`).join(" · ")}
      </p>
    </div>
  );
}
