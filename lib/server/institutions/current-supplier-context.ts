import "server-only";
import { cache } from "react";
import { isCoordinator, viewerOf, type TViewer } from "../../onboarding";
import { getActor } from "../access/actor";
import { db } from "../db";
import { getSupplierContext } from "./get-supplier-context";

/** The signed-in user's supplier context, read once per request (header, banner and page share it). */
export const currentSupplierContext = cache(async () => {
  const actor = await getActor();
  return actor ? getSupplierContext({ db, actor }) : null;
});

/** How the signed-in user sees an institution: as Bits, its own staff or its supplier's staff. */
export async function currentViewer(institution: { supplierOrgnr: string | null }): Promise<TViewer> {
  const actor = await getActor();
  const supplier = await currentSupplierContext();
  return viewerOf({ coordinator: actor ? isCoordinator(actor) : false, supplierOrgnr: supplier?.orgnr ?? null }, institution);
}
