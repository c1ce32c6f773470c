// "From date" / "to date" of a GET filter form (names `from` and `to`, YYYY-MM-DD).
const field = "flex flex-col gap-1 text-sm";
const input = "rounded border border-slate-500 px-2 py-1";

export function DateRangeFields(props: { idPrefix: string; from?: string; to?: string; labels: { from: string; to: string } }) {
  return (
    <>
      {(["from", "to"] as const).map((name) => (
        <div key={name} className={field}>
          <label htmlFor={`${props.idPrefix}-${name}`}>{props.labels[name]}</label>
          <input id={`${props.idPrefix}-${name}`} name={name} type="date" defaultValue={props[name] ?? ""} className={input} />
        </div>
      ))}
    </>
  );
}
