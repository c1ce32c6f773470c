// The top of a page: its one h1 (Designsystemet Heading), an optional count as a Badge beside it
// (the count is also said in words further down, in a role=status line: the badge is decoration),
// and the intro paragraph.
import type { ReactNode } from "react";
import { Badge, Heading, Paragraph } from "@/components/ds";

export function PageHeader({ id, title, intro, count, children }: {
  /** The h1's id, for the section's aria-labelledby. */
  id: string;
  title: ReactNode;
  intro?: ReactNode;
  count?: number;
  /** Under the intro: links or actions that belong to the page as a whole. */
  children?: ReactNode;
}) {
  return (
    <div className="space-y-2">
      {/* the badge flows after the title's last word, so on a phone it never sits alone on a line */}
      <Heading level={1} data-size="lg" id={id} className="min-w-0 max-w-full">
        {title}
        {count !== undefined && (
          <>
            {" "}
            <Badge aria-hidden data-color="neutral" count={count} maxCount={999} className="app-count-badge" />
          </>
        )}
      </Heading>
      {intro && <Paragraph>{intro}</Paragraph>}
      {children}
    </div>
  );
}

/** What a list shows when nothing matches: what that means and what to do about it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="ds-card app-empty">
      <Heading level={2} data-size="2xs">{title}</Heading>
      {children && <Paragraph data-size="sm">{children}</Paragraph>}
    </div>
  );
}
