// A step's status as a tag: always text, colour only as a second signal. Works in server and
// client components (synchronous useTranslations).
import { useTranslations } from "next-intl";
import type { TDisplayState } from "@/lib/onboarding";
import { StatusTagView } from "./status-tag-view";

export { RetiredTag, StatusTagView, WarningTag } from "./status-tag-view";

export function StatusTag({ status }: { status: TDisplayState }) {
  const t = useTranslations("checklist.status");
  return <StatusTagView status={status} label={t(status)} />;
}
