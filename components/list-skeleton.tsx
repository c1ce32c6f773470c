// What a list page shows while its data loads (app/*/loading.tsx): Designsystemet Skeletons in
// the page's shape (title, intro, filter box, rows), and a screen-reader text saying it loads.
import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ds";

export async function ListSkeleton({ rows = 6 }: { rows?: number }) {
  const t = await getTranslations("app");
  return (
    <div className="space-y-4" aria-busy="true">
      <p role="status" className="sr-only">{t("loading")}</p>
      <Skeleton variant="text" width="40%" height="2.5rem" />
      <Skeleton variant="text" width="70%" />
      <Skeleton variant="rectangle" height="7rem" />
      <div className="space-y-2">
        {Array.from({ length: rows }, (_, i) => <Skeleton key={i} variant="rectangle" height="3rem" />)}
      </div>
    </div>
  );
}
