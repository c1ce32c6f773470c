"use client";
// A phase's state in the process view as a tag with an icon, one colour per meaning, the same
// look as the step statuses (status-tag-view.tsx): done green, in progress blue, the rest neutral.
import type { ComponentType, SVGProps } from "react";
import { Tag } from "@/components/ds";
import { ArrowCirclepathIcon, CheckmarkCircleFillIcon, CircleIcon, PadlockLockedIcon } from "@navikt/aksel-icons";
import type { TPhaseState } from "@/lib/onboarding";

type Icon = ComponentType<SVGProps<SVGSVGElement>>;

const LOOK: Record<TPhaseState, ["success" | "info" | "neutral", Icon]> = {
  DONE: ["success", CheckmarkCircleFillIcon],
  IN_PROGRESS: ["info", ArrowCirclepathIcon],
  NOT_STARTED: ["neutral", CircleIcon],
  WAITING: ["neutral", PadlockLockedIcon],
};

export function PhaseStateTag({ state, label }: { state: TPhaseState; label: string }) {
  const [color, I] = LOOK[state];
  return (
    <Tag data-color={color} data-size="sm" className="inline-flex gap-1 whitespace-nowrap">
      <I aria-hidden className="shrink-0" />
      {label}
    </Tag>
  );
}
