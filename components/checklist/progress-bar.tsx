import type { CSSProperties } from "react";

/** The bar alone: role="progressbar" with value and text, filled by the .progress-track gradient. */
export function ProgressTrack({ percent, label, valueText }: { percent: number; label: string; valueText: string }) {
  return (
    <span
      role="progressbar"
      aria-label={label}
      aria-valuenow={percent}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuetext={valueText}
      className="progress-track"
      style={{ "--p": `${percent}%` } as CSSProperties}
    />
  );
}

/** A legible progress meter: its label and "12 av 28 steg ferdige (42 %)" as text above a 12 px
 * bar. The bar is role="progressbar", named by the label and valued by the same text. */
export function ProgressMeter({ id, percent, label, valueText }: { id: string; percent: number; label: string; valueText: string }) {
  return (
    <div className="progress-meter">
      <p className="flex flex-wrap items-baseline justify-between gap-x-4">
        <span id={`${id}-label`} className="font-semibold">{label}</span>
        <span className="tabular-nums">{valueText}</span>
      </p>
      <span
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={valueText}
        className="progress-track progress-track-lg"
        style={{ "--p": `${percent}%` } as CSSProperties}
      />
    </div>
  );
}
