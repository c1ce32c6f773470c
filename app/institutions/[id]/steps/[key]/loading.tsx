// While a step view loads: its shape in DS Skeletons (title, status, "Om steget", the side
// column, the form), with the words for screen readers in a status region.
import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ds";

export default async function StepLoading() {
  const t = await getTranslations("checklist.loading");
  return (
    <div className="space-y-6">
      <p role="status" className="sr-only">{t("step")}</p>
      <div className="space-y-4">
        <Skeleton variant="text" width={24} />
        <Skeleton variant="rectangle" height="2.5rem" width="min(100%, 32rem)" />
      </div>
      <div className="step-layout">
        <div className="step-about space-y-4">
          <Skeleton variant="rectangle" height="1.5rem" width="8rem" />
          <Skeleton variant="rectangle" height="12rem" />
        </div>
        <div className="step-side space-y-4">
          <Skeleton variant="rectangle" height="7rem" />
          <Skeleton variant="rectangle" height="7rem" />
        </div>
        <div className="step-work space-y-4">
          <Skeleton variant="rectangle" height="2rem" width="12rem" />
          <Skeleton variant="rectangle" height="20rem" />
        </div>
      </div>
    </div>
  );
}
