-- `npm run admin:create` invites the first administrator: such an invitation has no inviter,
-- and carries the name given on the command line as the accept form's default.
ALTER TABLE "Invitation" ALTER COLUMN "invitedById" DROP NOT NULL;
ALTER TABLE "Invitation" ADD COLUMN "name" TEXT;
