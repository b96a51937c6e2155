import { encodeTerms, TermsFileSchema } from '../../src/domain/schema';
import type { DistinctiveTerms } from './distinctive-terms';

/** `terms.json` of dataset `build`, checked against its schema. */
export function termsFileText(build: string, terms: DistinctiveTerms): string {
  const file = encodeTerms({ build, ...terms });
  TermsFileSchema.parse(file);
  return `${JSON.stringify(file)}\n`;
}
