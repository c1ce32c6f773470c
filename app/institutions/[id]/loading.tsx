// While an institution page loads: its shape in DS Skeletons (title, three summary cards, the four
// phases), with the words for screen readers in a status region.
import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ds";

export default async function InstitutionLoading() {
  const t = await getTranslations("checklist.loading");
  return (
    <div className="space-y-8">
      <p role="status" className="sr-only">{t("institution")}</p>
      <div className="space-y-4">
        <Skeleton variant="text" width={24} />
        <Skeleton variant="rectangle" height="2.5rem" width="min(100%, 28rem)" />
        <div className="summary-cards">
          {[0, 1, 2].map((i) => <Skeleton key={i} variant="rectangle" height="9rem" />)}
        </div>
      </div>
      <div className="space-y-3">
        <Skeleton variant="rectangle" height="2rem" width="min(100%, 20rem)" />
        {[0, 1, 2, 3].map((i) => <Skeleton key={i} variant="rectangle" height="4.5rem" />)}
      </div>
    </div>
  );
}
