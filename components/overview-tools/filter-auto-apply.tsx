"use client";
// Filters that apply as they change (issue 15): the overview's filter form stays a GET form that
// works without JavaScript; once hydrated, this listens to it and navigates to the form's URL
// when a select or checkbox changes, when the search text rests for a moment, and on submit.
// Each navigation reads the whole form, so quick changes in a row end in one consistent URL.
import { useEffect, useRef } from "react";
import { usePathname, useRouter } from "next/navigation";

const TYPING_PAUSE_MS = 500;

export function FilterAutoApply() {
  const anchor = useRef<HTMLSpanElement>(null);
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      clearTimeout(timer);
      const params = new URLSearchParams();
      for (const [k, v] of new FormData(form)) if (typeof v === "string" && v.trim() !== "") params.append(k, v);
      const query = params.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    };
    const onChange = (e: Event) => {
      const el = e.target as HTMLInputElement;
      if (el.type === "search" || el.type === "text") return; // text applies after a pause (input) or on Enter (submit)
      apply();
    };
    const onInput = (e: Event) => {
      const el = e.target as HTMLInputElement;
      if (el.type !== "search" && el.type !== "text") return;
      clearTimeout(timer);
      timer = setTimeout(apply, TYPING_PAUSE_MS);
    };
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      apply();
    };
    form.addEventListener("change", onChange);
    form.addEventListener("input", onInput);
    form.addEventListener("submit", onSubmit);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("change", onChange);
      form.removeEventListener("input", onInput);
      form.removeEventListener("submit", onSubmit);
    };
  }, [router, pathname]);
  return <span ref={anchor} hidden />;
}
