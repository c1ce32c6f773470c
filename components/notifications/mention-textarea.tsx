"use client";
// A textarea with `@name` autocomplete (issue 14): typing "@" and letters opens a small listbox of
// matching people; arrow keys move, Enter or Tab picks (the full name is inserted), Escape closes.
// The textarea keeps its implicit textbox role with aria-autocomplete, aria-controls and
// aria-activedescendant (a textarea may not take the combobox role). Without JavaScript it is a
// plain textarea and "@Full Name" typed by hand still mentions.
import { useId, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { mentionQueryAt, suggestMentions, type TMentionCandidate } from "@/lib/notifications/mentions";

type TProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "onKeyDown" | "onChange"> & { names: string[] };

export function MentionTextarea({ names, ...props }: TProps) {
  const t = useTranslations("notifications.mentions");
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [open, setOpen] = useState<{ start: number; end: number; options: TMentionCandidate[] } | null>(null);
  const [active, setActive] = useState(0);
  const candidates = names.map((name) => ({ id: name, name }));

  function refresh() {
    const el = ref.current;
    if (!el) return;
    const caret = el.selectionStart ?? el.value.length;
    const q = mentionQueryAt(el.value, caret);
    const options = q ? suggestMentions(q.query, candidates) : [];
    // a name already typed in full (or just picked): nothing left to suggest
    const typed = q?.query.trim().toLocaleLowerCase("nb");
    if (!q || options.length === 0 || options.some((o) => o.name.toLocaleLowerCase("nb") === typed)) {
      setOpen(null);
      return;
    }
    setOpen({ start: q.start, end: caret, options });
    setActive((a) => Math.min(a, options.length - 1));
  }

  function pick(name: string) {
    const el = ref.current;
    if (!el || !open) return;
    const text = `@${name} `;
    el.value = el.value.slice(0, open.start) + text + el.value.slice(open.end);
    const caret = open.start + text.length;
    el.setSelectionRange(caret, caret);
    el.focus();
    setOpen(null);
    setActive(0);
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setActive((a) => (a + 1) % open.options.length);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => (a - 1 + open.options.length) % open.options.length);
    } else if (e.key === "Enter" || e.key === "Tab") {
      e.preventDefault();
      pick(open.options[active].name);
    } else if (e.key === "Escape") {
      e.preventDefault();
      setOpen(null);
    }
  }

  const optionId = (i: number) => `${listId}-o${i}`;
  return (
    <div className="relative">
      <textarea {...props} ref={ref} onInput={refresh} onKeyDown={onKeyDown} onClick={refresh} onBlur={() => setTimeout(() => setOpen(null), 150)}
        aria-autocomplete="list" aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(active) : undefined} />
      {open && (
        <ul id={listId} role="listbox" aria-label={t("listLabel")} data-testid="mention-list"
          className="absolute left-0 z-10 mt-1 max-w-full rounded border p-1 shadow"
          style={{ background: "var(--ds-color-neutral-background-default)", borderColor: "var(--ds-color-neutral-border-default)" }}>
          {open.options.map((o, i) => (
            <li key={o.id} id={optionId(i)} role="option" aria-selected={i === active}
              className="cursor-pointer rounded px-2 py-1 break-words"
              style={i === active ? { background: "var(--ds-color-accent-surface-tinted)" } : undefined}
              onMouseDown={(e) => { e.preventDefault(); pick(o.name); }}>
              {o.name}
            </li>
          ))}
        </ul>
      )}
      <p className="sr-only" aria-live="polite">{open ? t("count", { count: open.options.length }) : ""}</p>
    </div>
  );
}
