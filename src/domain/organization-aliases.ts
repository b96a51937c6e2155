import { z } from 'zod';

/** Where an input directory keeps the aliases the normalising rules cannot find themselves. */
export const ORGANIZATION_ALIASES_FILE = 'organization-aliases.json';

const NameSchema = z.string().trim().min(1, 'a name cannot be empty').max(300, 'a name is at most 300 characters');

/**
 * `organization-aliases.json`: canonical name → the variants reports write for it, as in
 * `{ "Alphabet": ["Google", "Google LLC"] }`. Variants are matched after the same folding
 * the automatic rules use (case, punctuation, "The", legal forms), so one spelling of each
 * is enough. A variant may belong to one organization only.
 */
export const OrganizationAliasesSchema = z
  .record(NameSchema, z.array(NameSchema).describe('Names reports write for this organization'))
  .describe('Canonical organization name → the variants that name it');
export type OrganizationAliases = z.infer<typeof OrganizationAliasesSchema>;

/** How an incident names an organization: a bit each, so an organization named both ways is 3. */
export const ROLE_RESPONSIBLE = 1;
export const ROLE_IMPACTED = 2;
export const ROLE_BOTH = ROLE_RESPONSIBLE | ROLE_IMPACTED;
