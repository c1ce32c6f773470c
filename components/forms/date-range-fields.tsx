// "From date" / "to date" of a GET filter form (names `from` and `to`, YYYY-MM-DD).
const field = "flex flex-col gap-1 text-sm";
const input = "ds-input";

/** `lang`: the page's language, so the browser shows the date in its format (where it supports that). */
export function DateRangeFields(props: { idPrefix: string; from?: string; to?: string; lang: string; labels: { from: string; to: string } }) {
  return (
    <>
      {(["from", "to"] as const).map((name) => (
        <div key={name} className={field}>
          <label htmlFor={`${props.idPrefix}-${name}`}>{props.labels[name]}</label>
          <input id={`${props.idPrefix}-${name}`} name={name} type="date" lang={props.lang} defaultValue={props[name] ?? ""} className={input} />
        </div>
      ))}
    </>
  );
}
