// ALLOWED_EMAIL_DOMAINS ("kommun.se, region.se"): who may create an account.
// A listed domain also admits its subdomains (it.kommun.se), as municipal IT
// often gives departments their own. Empty or unset: everyone.
export function parseAllowedDomains(raw: string | undefined): string[] {
  return (raw ?? "")
    .split(",")
    .map((domain) => domain.trim().toLowerCase().replace(/^@/, ""))
    .filter(Boolean);
}

export function isEmailDomainAllowed(email: string, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return true;
  const at = email.lastIndexOf("@");
  if (at < 0) return false;
  const domain = email.slice(at + 1).toLowerCase();
  return allowed.some((entry) => domain === entry || domain.endsWith(`.${entry}`));
}
