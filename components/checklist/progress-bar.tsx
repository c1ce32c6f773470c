// An accessible progress bar: role="progressbar" with value and text, plus the percentage as text.
export function ProgressBar({ percent, label, detail }: { percent: number; label: string; detail?: string }) {
  return (
    <div className="min-w-24">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={detail ? `${percent} % (${detail})` : `${percent} %`}
        className="h-2 w-full overflow-hidden rounded bg-slate-200"
      >
        <div className="h-full bg-brand" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-0.5 text-xs tabular-nums text-slate-700">
        {percent} %{detail ? ` · ${detail}` : ""}
      </p>
    </div>
  );
}
