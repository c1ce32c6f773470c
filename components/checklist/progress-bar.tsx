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

// An accessible progress bar: role="progressbar" with value and text, plus the percentage as text.
export function ProgressBar({ percent, label, detail }: { percent: number; label: string; detail?: string }) {
  const text = detail ? `${percent} % · ${detail}` : `${percent} %`;
  return (
    <div className="min-w-24">
      <ProgressTrack percent={percent} label={label} valueText={detail ? `${percent} % (${detail})` : `${percent} %`} />
      <p className="mt-0.5 text-xs tabular-nums text-slate-700">{text}</p>
    </div>
  );
}
