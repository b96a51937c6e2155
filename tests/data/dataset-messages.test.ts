import { describe, expect, it } from 'vitest';
import { groupColumns } from '../../src/analysis/option-groups';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { rowOrder } from '../../src/analysis/row-order';
import { DataError, DataNotFoundError, DataValidationError } from '../../src/data/data-error';
import type { LoadedDataset } from '../../src/data/dataset-load';
import { datasetAssembler, datasetMessages, failedError, failedMessage } from '../../src/data/dataset-messages';
import type { DatasetMessage } from '../../src/data/dataset-messages';
import { fixtureIndex } from '../analysis/index-fixture';

function dataset(): LoadedDataset {
  const index = fixtureIndex(
    Array.from({ length: 11 }, (_, i) => ({
      title: i === 5 ? 'Zürich 🚀 outage, "quoted"' : `Incident number ${i}`,
      published: i % 3 === 0 ? null : 20200101 + i,
      organizations: i % 2 === 0 ? ['Acme', 'Bank'] : [],
      facets: { phase: [i % 2 === 0 ? 'design' : 'operation'], domain: i % 4 === 0 ? ['finance', 'health'] : [] },
    })),
  );
  const prepared = prepareColumns(index);
  return { index, prepared, grouped: groupColumns(prepared), orders: { 'date-desc': rowOrder(prepared, 'date-desc') } };
}

/** The messages as the page receives them: cloned as `postMessage` clones them, typed arrays moved. */
function sent(loaded: LoadedDataset, chunk: number): DatasetMessage[] {
  return datasetMessages(loaded, chunk).map(({ message, transfer }) => structuredClone(message, { transfer }));
}

describe('a dataset sent from the loading worker', () => {
  it('arrives whole: every column, the grouped lines and the orders equal what was loaded', () => {
    const assembler = datasetAssembler();
    const messages = sent(dataset(), 4);
    for (const message of messages) if (message.kind === 'head' || message.kind === 'strings') assembler.take(message);
    expect(messages.at(-1)).toEqual({ kind: 'done' });
    expect(assembler.done()).toEqual(dataset());
  });

  it('sends ids and titles in chunks, with no string in the first message', () => {
    const messages = sent(dataset(), 4);
    const head = messages[0];
    if (head.kind !== 'head') throw new Error('the first message is not the head');
    expect(head.dataset.index.id).toEqual([]);
    expect(head.dataset.grouped.filtering.title).toEqual([]);
    const strings = messages.filter((message) => message.kind === 'strings');
    expect(strings.map((message) => [message.column, message.from, message.ends.length])).toEqual([
      ['id', 0, 4],
      ['id', 4, 4],
      ['id', 8, 3],
      ['title', 0, 4],
      ['title', 4, 4],
      ['title', 8, 3],
    ]);
  });

  it('moves the typed arrays instead of copying them', () => {
    const loaded = dataset();
    const [{ message, transfer }] = datasetMessages(loaded);
    structuredClone(message, { transfer });
    expect(loaded.prepared.published.length).toBe(0);
    expect(loaded.grouped.counting.facets.phase.optionBits[0].length).toBe(0);
  });

  it('reports a failed load with the class, file, status and words the page would have used', () => {
    const cases: [unknown, string, DataError][] = [
      [new DataNotFoundError('index.json', 'the server answered with a web page instead', 200), 'DataNotFoundError', new DataNotFoundError('index.json', 'the server answered with a web page instead', 200)],
      [new DataValidationError('index.json', 'facets.phase.rows: expected an object'), 'DataValidationError', new DataValidationError('index.json', 'facets.phase.rows: expected an object')],
      [new DataError('index.json', 'index.json could not be loaded: HTTP 500', 500), 'DataError', new DataError('index.json', 'index.json could not be loaded: HTTP 500', 500)],
      [new TypeError('x is undefined'), 'DataError', new DataError('index.json', 'index.json could not be prepared: x is undefined')],
    ];
    for (const [thrown, name, expected] of cases) {
      const revived = failedError(structuredClone(failedMessage(thrown, 'index.json')));
      expect(revived.name).toBe(name);
      expect(revived.constructor).toBe(expected.constructor);
      expect(revived.message).toBe(expected.message);
      expect(revived).toMatchObject({ file: expected.file, status: expected.status });
    }
  });
});
