"use server";

import type { ActionState } from "@/lib/errors/app-error";
import { db } from "@/lib/server/db";
import { runFormAction } from "@/lib/server/institutions/action-error";
import { invite, resendInvite, type InviteResult } from "@/lib/server/invitations/invite";
import { revokeInvitation } from "@/lib/server/invitations/revoke-invitation";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { setUserSupplier } from "@/lib/server/users/set-user-supplier";
import { ZCoordinatorInvitationSchema, ZInstitutionInvitationSchema, ZInvitationIdSchema } from "@/lib/validation/invitation";
import { ZUserDisableSchema, ZUserRoleChangeSchema, ZUserSupplierChangeSchema } from "@/lib/validation/user";

const USERS_PAGE = "/admin/users";

export async function setUserDisabledAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    formData,
    schema: ZUserDisableSchema,
    run: async (actor, input) => {
      await setUserDisabled({ db, actor, ...input });
    },
    revalidate: [USERS_PAGE],
  });
}

export async function changeUserRoleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    formData,
    schema: ZUserRoleChangeSchema,
    run: async (actor, input) => {
      await changeUserRole({ db, actor, ...input });
    },
    revalidate: [USERS_PAGE],
  });
}

export async function changeUserSupplierAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    formData,
    schema: ZUserSupplierChangeSchema,
    run: async (actor, input) => {
      await setUserSupplier({ db, actor, ...input });
    },
    revalidate: [USERS_PAGE],
  });
}

export async function inviteCoordinatorAction(_prev: ActionState<InviteResult>, formData: FormData): Promise<ActionState<InviteResult>> {
  return runFormAction({
    formData,
    schema: ZCoordinatorInvitationSchema,
    run: (actor, input) => invite({ actor, ...input, institutionId: null, memberRole: null }),
    revalidate: [USERS_PAGE],
  });
}

export async function inviteToInstitutionAction(_prev: ActionState<InviteResult>, formData: FormData): Promise<ActionState<InviteResult>> {
  return runFormAction({
    formData,
    schema: ZInstitutionInvitationSchema,
    run: (actor, input) => invite({ actor, ...input, role: "INSTITUTION_USER" }),
    revalidate: [USERS_PAGE],
  });
}

export async function resendInvitationAdminAction(_prev: ActionState<InviteResult>, formData: FormData): Promise<ActionState<InviteResult>> {
  return runFormAction({
    formData,
    schema: ZInvitationIdSchema,
    run: (actor, input) => resendInvite({ actor, ...input }),
    revalidate: [USERS_PAGE],
  });
}

export async function revokeInvitationAdminAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    formData,
    schema: ZInvitationIdSchema,
    run: async (actor, input) => {
      await revokeInvitation({ db, actor, ...input });
    },
    revalidate: [USERS_PAGE],
  });
}
