import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { distinctiveTerms } from '../../../scripts/lib/distinctive-terms';
import { documentWords, Vocabulary } from '../../../scripts/lib/document-words';
import { termsFileText } from '../../../scripts/lib/terms-file';
import { termsStep } from '../../../scripts/lib/terms-thread';
import { bundledPrebuild } from '../../testing/bundled-prebuild';

const SYSTEMS = ['billing', 'ledger', 'gateway', 'scheduler', 'replica', 'cache', 'firmware', 'router'];
const CAUSES = ['expired certificate', 'memory leak', 'race condition', 'bad configuration push', 'disk full'];

/** Incidents that share some terms and not others, so each keeps terms of its own. */
const titles = Array.from({ length: 120 }, (_, i) => `${SYSTEMS[i % SYSTEMS.length]} outage after ${CAUSES[i % CAUSES.length]}`);
const bodies = titles.map((_, i) => `The ${SYSTEMS[(i * 3) % SYSTEMS.length]} stopped. A ${CAUSES[(i * 7) % CAUSES.length]} in the ${SYSTEMS[(i + 1) % SYSTEMS.length]} made it worse for ${i % 4} hours.`);
const vocabulary = new Vocabulary(['words', 'of', 'other', 'reports']);
const words = titles.map((title, i) => documentWords(title, [], bodies[i], vocabulary));
const BUILD = '0123456789abcdef';
/** What the incidents' texts give, found without their packed words. */
const expected = termsFileText(BUILD, distinctiveTerms(titles, bodies));

/** A thread script that answers the build id with the kinds of message it was sent, in order. */
const RECORDER = `
const { parentPort } = require('node:worker_threads');
const seen = [];
parentPort.on('message', (message) => {
  seen.push(Object.keys(message).join('+'));
  if ('build' in message) parentPort.postMessage(seen.join(' then '));
});`;

describe('termsStep', () => {
  it('finds on the bundled thread script the terms file the incidents’ texts give', async () => {
    const script = readFileSync(join(dirname(bundledPrebuild()), 'terms-worker.cjs'), 'utf8');
    const worker = new Worker(script, { eval: true });
    try {
      const answer = new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      worker.postMessage({ words, vocabulary: vocabulary.words });
      worker.postMessage({ build: BUILD });
      expect(await answer).toBe(expected);
    } finally {
      await worker.terminate();
    }
  });

  it('hands its thread the words, then the build id, and gives the thread’s answer, even when the script comes late', async () => {
    let ready: (script: string) => void = () => {};
    const late = new Promise<string>((resolve) => (ready = resolve));
    for (const script of [Promise.resolve(RECORDER), late]) {
      const step = termsStep(script);
      step.begin(words, vocabulary.words);
      const file = step.file(BUILD);
      ready(RECORDER);
      expect(await file).toBe('words+vocabulary then build');
      await step.close();
    }
  });

  it('finds the terms on the main thread when there is no thread, or its thread fails, and writes the same file', async () => {
    const broken = [
      'throw new Error("a thread that cannot start")',
      `require('node:worker_threads').parentPort.on('message', () => process.exit(3))`,
      `require('node:worker_threads').parentPort.on('message', (m) => { if ('build' in m) throw new Error('lost the words'); })`,
    ];
    const scripts = [() => null, () => Promise.reject(new Error('no script')), ...broken.map((s) => () => Promise.resolve(s))];
    for (const script of scripts) {
      const step = termsStep(script());
      step.begin(words, vocabulary.words);
      expect(await step.file(BUILD)).toBe(expected);
      await step.close();
    }
  });
});
