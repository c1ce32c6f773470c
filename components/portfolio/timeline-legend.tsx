// The legend of the timeline charts: what solid, hatched and the two lines mean, in words.
import { getTranslations } from "next-intl/server";

export async function TimelineLegend() {
  const t = await getTranslations("portfolio.timeline");
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
      <li className="flex items-center gap-2"><svg aria-hidden="true" width="18" height="12"><rect width="18" height="12" fill="#0062ba" /></svg>{t("legendActual")}</li>
      <li className="flex items-center gap-2"><svg aria-hidden="true" width="18" height="12"><rect width="18" height="12" fill="url(#pf-hatch)" stroke="#0062ba" /></svg>{t("legendForecast")}</li>
      <li className="flex items-center gap-2"><svg aria-hidden="true" width="12" height="14"><line x1="6" x2="6" y1="0" y2="14" stroke="#c30000" strokeWidth="2" strokeDasharray="3 2" /></svg>{t("legendTarget")}</li>
      <li className="flex items-center gap-2"><svg aria-hidden="true" width="12" height="14"><line x1="6" x2="6" y1="0" y2="14" stroke="#68707c" /></svg>{t("legendToday")}</li>
    </ul>
  );
}
