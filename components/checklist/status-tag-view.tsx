"use client";
// The status and warning tags without translation hooks: usable from server and client
// components alike, with labels the caller translated (long tables translate each label once).
// One colour per meaning, and an icon per status so that statuses differ without colour too.
// A client module: a server page then sends a reference and two strings per tag, not the icon.
import type { ComponentType, SVGProps } from "react";
import { Tag } from "@/components/ds";
import {
  ArrowCirclepathIcon,
  ArrowUndoIcon,
  CheckmarkCircleFillIcon,
  CircleIcon,
  CircleSlashIcon,
  ExclamationmarkTriangleFillIcon,
  HourglassIcon,
  MinusCircleIcon,
  PadlockLockedIcon,
  XMarkOctagonFillIcon,
} from "@navikt/aksel-icons";
import type { TDisplayState } from "@/lib/onboarding";

type Icon = ComponentType<SVGProps<SVGSVGElement> & { title?: string }>;
type TagColor = "success" | "info" | "warning" | "danger" | "neutral";

const LOOK: Record<TDisplayState, [TagColor, Icon]> = {
  NOT_STARTED: ["neutral", CircleIcon],
  CANNOT_START_YET: ["neutral", PadlockLockedIcon],
  IN_PROGRESS: ["info", ArrowCirclepathIcon],
  AWAITING_REVIEW: ["warning", HourglassIcon],
  RETURNED: ["warning", ArrowUndoIcon],
  DONE: ["success", CheckmarkCircleFillIcon],
  BLOCKED: ["danger", XMarkOctagonFillIcon],
  NOT_APPLICABLE: ["neutral", MinusCircleIcon],
};

function IconTag({ color, icon: I, children, wrap }: { color: TagColor; icon: Icon; children: React.ReactNode; wrap?: boolean }) {
  return (
    <Tag data-color={color} data-size="sm" className={wrap ? "inline-flex w-auto max-w-full gap-1 break-normal" : "inline-flex gap-1 whitespace-nowrap"}>
      <I aria-hidden className="shrink-0" />
      {children}
    </Tag>
  );
}

/** The tag with its label given: for long tables whose parent already holds a translator. */
export function StatusTagView({ status, label }: { status: TDisplayState; label: string }) {
  const [color, icon] = LOOK[status];
  return <IconTag color={color} icon={icon}>{label}</IconTag>;
}

/** Overdue, stale, an expiring certificate: something to act on. Its text may wrap (360 px). */
export function WarningTag({ children }: { children: React.ReactNode }) {
  return <IconTag color="danger" icon={ExclamationmarkTriangleFillIcon} wrap>{children}</IconTag>;
}

/** A step no longer in the current checklist version. */
export function RetiredTag({ children }: { children: React.ReactNode }) {
  return <IconTag color="neutral" icon={CircleSlashIcon}>{children}</IconTag>;
}
