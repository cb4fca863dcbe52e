/** The password rule, as data the sign-up form can show: long, and not one of the well-known passwords. */
export const minPasswordLength = 12;
export const maxPasswordLength = 128;

/** Why `password` is refused, or undefined. `common` holds lower-cased well-known passwords. */
export function passwordProblem(password: string, common: ReadonlySet<string>): string | undefined {
  if (password.length < minPasswordLength) return `Use at least ${minPasswordLength} characters.`;
  if (password.length > maxPasswordLength) return `Use at most ${maxPasswordLength} characters.`;
  if (common.has(password.toLowerCase())) return "This password is on a list of commonly used passwords; choose another.";
  return undefined;
}
