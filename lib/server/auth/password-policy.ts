// Kept apart from the hashing code so browser-side validation can import it.
export const MIN_PASSWORD_LENGTH = 12;
