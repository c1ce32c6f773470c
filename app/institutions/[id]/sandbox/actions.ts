"use server";

import type { ActionState } from "@/lib/errors/app-error";
import { db } from "@/lib/server/db";
import { runFormAction } from "@/lib/server/institutions/action-error";
import { deleteSandboxAgreement, setSandboxEmployerMonths } from "@/lib/server/sandbox/manage-data";
import { createSandboxToken, revokeSandboxToken } from "@/lib/server/sandbox/manage-tokens";
import {
  ZSandboxAgreementDeleteSchema, ZSandboxEmployerFormSchema, ZSandboxTokenCreateSchema, ZSandboxTokenRevokeSchema,
} from "@/lib/validation/sandbox";

const page = (institutionId: string) => `/institutions/${institutionId}/sandbox`;

/** The new token is in the answer once; only its hash is stored. */
export async function createSandboxTokenAction(institutionId: string, _prev: ActionState<{ token: string }>, formData: FormData): Promise<ActionState<{ token: string }>> {
  return runFormAction({
    formData,
    schema: ZSandboxTokenCreateSchema,
    run: async (actor, input) => ({ token: (await createSandboxToken({ db, actor, institutionId, name: input.name })).token }),
    revalidate: [page(institutionId)],
  });
}

export async function revokeSandboxTokenAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    formData,
    schema: ZSandboxTokenRevokeSchema,
    run: async (actor, input) => {
      await revokeSandboxToken({ db, actor, institutionId, tokenId: input.tokenId });
    },
    revalidate: [page(institutionId)],
  });
}

export async function saveSandboxEmployerAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    formData,
    schema: ZSandboxEmployerFormSchema,
    run: async (actor, input) => {
      await setSandboxEmployerMonths({ db, actor, institutionId, opplysningspliktig: input.opplysningspliktig, months: input.ranges });
    },
    // the test panel lists the sandbox's employers and saves months here too
    revalidate: [page(institutionId), `/institutions/${institutionId}/test-panel`],
  });
}

export async function deleteSandboxAgreementAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    formData,
    schema: ZSandboxAgreementDeleteSchema,
    run: async (actor, input) => {
      await deleteSandboxAgreement({ db, actor, institutionId, agreementId: input.agreementId });
    },
    revalidate: [page(institutionId)],
  });
}
