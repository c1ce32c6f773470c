import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum profile (19 MiB, 2 passes): strong yet quick enough per sign-in.
const OPTIONS = { algorithm: 2 /* Argon2id (a const enum in the typings) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export { MIN_PASSWORD_LENGTH } from "./password-policy";

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Verify against a dummy hash when the user does not exist, so timing does not reveal e-mails.
  const target = passwordHash ?? DUMMY_HASH;
  try {
    const ok = await verify(target, password);
    return ok && passwordHash !== null;
  } catch {
    return false;
  }
}

const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$oH8ZR6JB4pzcZaNpiBXQpg$ZRDHSmg9Wi15vG5OkoImKHTlg0Pia++6X/lulWVedbY";
