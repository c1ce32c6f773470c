// B-7 with a supplier, on the step page: the four rights × TT02/production, each cell with who
// confirmed it and when, and (for whoever may edit the step) a button to confirm or withdraw it.
import { getLocale, getTranslations } from "next-intl/server";
import { CheckmarkCircleIcon } from "@navikt/aksel-icons";
import { setDelegationAction } from "@/app/institutions/[id]/steps/[key]/delegation-actions";
import { DataTable } from "@/components/data-table";
import { ClientMessages } from "@/components/intl/client-messages";
import { formatDateTime, toDateLocale } from "@/lib/format/dates";
import {
  DELEGATION_ENVIRONMENTS,
  DELEGATION_RIGHTS,
  delegationRightName,
  missingDelegations,
  type TDelegationCell,
} from "@/lib/onboarding/delegation";
import { DelegationCellForm } from "./delegation-cell";

export async function DelegationMatrix({ institutionId, supplierName, cells, canEdit }: {
  institutionId: string;
  supplierName: string | null;
  cells: readonly TDelegationCell[];
  canEdit: boolean;
}) {
  const t = await getTranslations("delegation");
  const locale = toDateLocale(await getLocale());
  const action = setDelegationAction.bind(null, institutionId);
  const find = (right: string, environment: string) => cells.find((c) => c.right === right && c.environment === environment);
  return (
    <section aria-labelledby="delegation-title" className="space-y-4" data-testid="delegation-matrix">
      <h2 id="delegation-title" className="ds-heading" data-size="md">{t("title")}</h2>
      <p>{t("intro", { supplier: supplierName ?? "–" })}</p>
      <ul className="space-y-1">
        {DELEGATION_ENVIRONMENTS.map((env) => {
          const missing = missingDelegations(cells, env).length;
          return (
            <li key={env} data-testid={`delegation-column-${env}`} data-complete={missing === 0}>
              {missing === 0 ? t("columnComplete", { environment: t(env) }) : t("columnMissing", { environment: t(env), count: missing })}
            </li>
          );
        })}
      </ul>
      <ClientMessages namespaces={["delegation"]}>
        <DataTable caption={t("caption")} columns={[t("right"), ...DELEGATION_ENVIRONMENTS.map((e) => t(e))]}>
          {DELEGATION_RIGHTS.map((right) => (
            <tr key={right}>
              <th scope="row" className="font-medium">{delegationRightName(right)}</th>
              {DELEGATION_ENVIRONMENTS.map((env) => {
                const cell = find(right, env);
                const label = t(cell ? "unconfirmLabel" : "confirmLabel", { right: delegationRightName(right), environment: t(env) });
                return (
                  <td key={env} data-testid={`delegation-${env}-${right}`} data-confirmed={cell ? "true" : "false"}>
                    <div className="flex flex-col gap-2">
                      {cell ? (
                        <span className="flex items-start gap-1">
                          <CheckmarkCircleIcon aria-hidden className="mt-1 shrink-0 text-green-800" />
                          <span>{t("confirmedBy", { name: cell.confirmedByName ?? "–", at: cell.confirmedAt ? formatDateTime(cell.confirmedAt, locale) : "" })}</span>
                        </span>
                      ) : (
                        <span className="text-slate-700">{t("notConfirmed")}</span>
                      )}
                      {canEdit && <DelegationCellForm action={action} right={right} environment={env} confirmed={!!cell} label={label} />}
                    </div>
                  </td>
                );
              })}
            </tr>
          ))}
        </DataTable>
      </ClientMessages>
    </section>
  );
}
