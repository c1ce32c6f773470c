// "From date" / "to date" of a GET filter form (names `from` and `to`, YYYY-MM-DD).
const field = "flex flex-col gap-1 text-sm";
const input = "ds-input";

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
