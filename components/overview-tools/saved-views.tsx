"use client";
// Saved views above the overview (issue 15): the person's own views and those others shared,
// each a link that applies it (the current one marked), and for their own: rename (a native
// <details>, so it opens without JavaScript), share or stop sharing, delete (confirmed). Below,
// the form that saves the current filters and sort under a name.
import { useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { FormFeedback, SubmitButton } from "@/components/forms/feedback";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ActionState } from "@/lib/errors/app-error";
import { useToolErrors } from "./tool-errors";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export interface TSavedViewItem {
  id: string;
  name: string;
  href: string;
  current: boolean;
  mine: boolean;
  shared: boolean;
  ownerName: string;
}

export interface TSavedViewActions {
  save: Action;
  rename: Action;
  share: Action;
  remove: Action;
}

function RenameForm({ view, action }: { view: TSavedViewItem; action: Action }) {
  const t = useTranslations("overviewTools.views");
  const { state, formAction, pending, failedValues } = useFormAction(action);
  const errors = useToolErrors(state);
  const id = `view-rename-${view.id}`;
  return (
    <details className="text-sm">
      <summary className="ds-link cursor-pointer">{t("rename")}</summary>
      <form action={formAction} className="mt-2 flex flex-col gap-2">
        <FormFeedback result={state} success={state?.ok ? t("renamed") : null} heading={errors.summary ?? undefined} errors={errors.list({ name: id })} formError={errors.formError} />
        <input type="hidden" name="viewId" value={view.id} />
        <TextField id={id} name="name" label={t("renameLabel", { name: view.name })} defaultValue={failedValues?.name ?? view.name} errors={errors.field("name")} />
        <SubmitButton pending={pending} variant="secondary" size="sm">{t("rename")}</SubmitButton>
      </form>
    </details>
  );
}

function ShareForm({ view, action }: { view: TSavedViewItem; action: Action }) {
  const t = useTranslations("overviewTools.views");
  const { state, formAction, pending } = useFormAction(action);
  const errors = useToolErrors(state);
  return (
    <form action={formAction}>
      <FormFeedback result={state} formError={errors.formError} />
      <input type="hidden" name="viewId" value={view.id} />
      <input type="hidden" name="shared" value={view.shared ? "" : "on"} />
      <SubmitButton pending={pending} variant="secondary" size="sm" ariaLabel={t(view.shared ? "shareOffLabel" : "shareOnLabel", { name: view.name })}>
        {t(view.shared ? "shareOff" : "shareOn")}
      </SubmitButton>
    </form>
  );
}

export function SavedViewList({ views, actions }: { views: TSavedViewItem[]; actions: TSavedViewActions }) {
  const t = useTranslations("overviewTools.views");
  const tt = useTranslations("overviewTools");
  if (views.length === 0) return <p className="text-sm">{t("none")}</p>;
  return (
    <ul className="divide-y divide-slate-200" aria-label={t("title")}>
      {views.map((v) => (
        <li key={v.id} className="flex flex-wrap items-start gap-x-4 gap-y-2 py-2">
          <div className="min-w-0 flex-1">
            <a href={v.href} className="ds-link font-medium" aria-current={v.current ? "true" : undefined}>{v.name}</a>
            {v.current && <span className="ml-1 text-sm">{t("current")}</span>}
            <span className="block text-sm">{v.mine ? (v.shared ? t("sharedMine") : t("mine")) : t("shared", { name: v.ownerName })}</span>
          </div>
          {v.mine && (
            <div className="flex flex-wrap items-start gap-3">
              <RenameForm view={v} action={actions.rename} />
              <ShareForm view={v} action={actions.share} />
              <ConfirmAction
                action={actions.remove}
                fields={{ viewId: v.id }}
                label={t("delete")}
                ariaLabel={t("deleteLabel", { name: v.name })}
                title={t("deleteTitle")}
                description={t("deleteText", { name: v.name })}
                confirmLabel={t("deleteConfirm")}
                errorText={(s) => (s && !s.ok ? tt("errors.viewNotFound") : null)}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

export function SaveViewForm({ action, query }: { action: Action; query: string }) {
  const t = useTranslations("overviewTools.views");
  const { state, formAction, pending, failedValues } = useFormAction(action);
  const errors = useToolErrors(state);
  return (
    <form action={formAction} aria-labelledby="save-view-title" className="space-y-2">
      <h3 id="save-view-title" className="ds-heading" data-size="2xs">{t("saveTitle")}</h3>
      <FormFeedback result={state} success={state?.ok ? t("saved") : null} heading={errors.summary ?? undefined} errors={errors.list({ name: "view-name", query: "view-name" })} formError={errors.formError} />
      <input type="hidden" name="query" value={query} />
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <div className="w-full sm:w-72">
          <TextField id="view-name" name="name" label={t("name")} defaultValue={failedValues?.name ?? ""} errors={errors.field("name")} />
        </div>
        <CheckboxField id="view-shared" name="shared" label={t("share")} defaultChecked={failedValues?.shared === "on"} />
        <SubmitButton pending={pending} pendingText={t("saving")} variant="secondary">{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
