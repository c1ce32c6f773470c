"use server";

import type { ActionState } from "@/lib/errors/app-error";
import { db } from "@/lib/server/db";
import { formObject, runFormAction } from "@/lib/server/institutions/action-error";
import { changeMemberRole } from "@/lib/server/institutions/change-member-role";
import { removeMember } from "@/lib/server/institutions/remove-member";
import { requestInstitutionChange } from "@/lib/server/institutions/request-institution-change";
import { updateInstitution } from "@/lib/server/institutions/update-institution";
import { invite, resendInvite, type InviteResult } from "@/lib/server/invitations/invite";
import { revokeInvitation } from "@/lib/server/invitations/revoke-invitation";
import { setOwnership } from "@/lib/server/portfolio/ownership";
import { ZOwnershipSchema } from "@/lib/validation/overview-tools";
import { ZInstitutionChangeRequestSchema, ZInstitutionSchema, ZMemberRemoveSchema, ZMemberRoleChangeSchema } from "@/lib/validation/institution";
import { ZInstitutionInvitationSchema, ZInvitationIdSchema } from "@/lib/validation/invitation";

const page = (institutionId: string) => `/institutions/${institutionId}`;

export async function updateInstitutionAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    formData,
    schema: ZInstitutionSchema,
    // the use-case parses the form itself (create and update share that parsing)
    run: async (actor) => {
      await updateInstitution({ db, actor, institutionId, input: formObject(formData) });
    },
    revalidate: [page(institutionId), "/"],
  });
}

export async function changeMemberRoleAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    formData,
    schema: ZMemberRoleChangeSchema,
    run: async (actor, input) => {
      await changeMemberRole({ db, actor, institutionId, ...input });
    },
    revalidate: [page(institutionId)],
  });
}

export async function removeMemberAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    formData,
    schema: ZMemberRemoveSchema,
    run: async (actor, input) => {
      await removeMember({ db, actor, institutionId, ...input });
    },
    revalidate: [page(institutionId)],
  });
}

export async function inviteMemberAction(institutionId: string, _prev: ActionState<InviteResult>, formData: FormData): Promise<ActionState<InviteResult>> {
  return runFormAction({
    formData,
    bound: { institutionId },
    schema: ZInstitutionInvitationSchema,
    run: (actor, input) => invite({ actor, ...input, role: "INSTITUTION_USER" }),
    revalidate: [page(institutionId)],
  });
}

export async function resendInvitationAction(institutionId: string, _prev: ActionState<InviteResult>, formData: FormData): Promise<ActionState<InviteResult>> {
  return runFormAction({
    formData,
    schema: ZInvitationIdSchema,
    run: (actor, input) => resendInvite({ actor, institutionId, ...input }),
    revalidate: [page(institutionId)],
  });
}

export async function revokeInvitationAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    formData,
    schema: ZInvitationIdSchema,
    run: async (actor, input) => {
      await revokeInvitation({ db, actor, institutionId, ...input });
    },
    revalidate: [page(institutionId)],
  });
}

export async function requestInstitutionChangeAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    formData,
    schema: ZInstitutionChangeRequestSchema,
    run: async (actor) => {
      await requestInstitutionChange({ db, actor, institutionId, input: formObject(formData) });
    },
    revalidate: [page(institutionId), `${page(institutionId)}/edit`, "/bits-queue"],
  });
}

/** Ownership (issue 15): the responsible Bits coordinator and the main contact; coordinators only. */
export async function setOwnershipAction(institutionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    formData,
    schema: ZOwnershipSchema,
    run: async (actor, input) => {
      await setOwnership({ db, actor, institutionId, input });
    },
    revalidate: [page(institutionId), "/overview", "/bits-queue"],
  });
}
