import { parentPort } from 'node:worker_threads';
import { type DistinctiveTerms, distinctiveTermsOf } from './distinctive-terms';
import { termsFileText } from './terms-file';
import type { TermsMessage } from './terms-thread';

/**
 * Finds a dataset's distinctive terms off the main thread from its incidents' words, then
 * writes them out once the build id follows: messages are taken in order, so the id is
 * read only when the terms are found.
 */
let terms: DistinctiveTerms | null = null;
parentPort?.on('message', (message: TermsMessage) => {
  if ('words' in message) terms = distinctiveTermsOf(message.words, message.vocabulary);
  else if (terms === null) throw new Error('the build id came before the words');
  else parentPort?.postMessage(termsFileText(message.build, terms));
});
