-- An institution that has an owner keeps one: an UPDATE or DELETE of a membership that leaves its
-- institution with no OWNER is refused, whoever writes (use-cases, SQL). The trigger first locks
-- the institution's row, so two transactions changing its owners at once run one after the other
-- and the second one counts what the first committed (READ COMMITTED takes a new snapshot per
-- statement). Deleting the institution itself (its memberships go by cascade) is allowed: the
-- institution row is gone by then. Creating an institution without owners is allowed too (a
-- coordinator creates it and invites its first owner). The use-cases take the same lock and
-- answer "last owner" themselves; SQLSTATE 23514 with the constraint name
-- "Membership_last_owner" reaches them only if one forgets.
CREATE FUNCTION membership_keep_last_owner() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."memberRole" <> 'OWNER' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW."memberRole" = 'OWNER' AND NEW."institutionId" = OLD."institutionId" THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM "Institution" WHERE "id" = OLD."institutionId" FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RETURN NULL; -- the institution is being deleted
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "Membership" WHERE "institutionId" = OLD."institutionId" AND "memberRole" = 'OWNER') THEN
    RAISE EXCEPTION 'institution % would be left without an owner', OLD."institutionId"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Membership_last_owner';
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Membership_keep_last_owner" AFTER UPDATE OR DELETE ON "Membership"
  FOR EACH ROW EXECUTE FUNCTION membership_keep_last_owner();
