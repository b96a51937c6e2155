import { describe, expect, it } from 'vitest';
import { groupColumns } from '../../src/analysis/option-groups';
import { prepareColumns } from '../../src/analysis/prepared-columns';
import { rowOrder } from '../../src/analysis/row-order';
import { DataError, DataNotFoundError, DataValidationError } from '../../src/data/data-error';
import type { LoadedDataset } from '../../src/data/dataset-load';
import { columnsMessage, failedError, failedMessage, labelsAssembler, labelsMessages } from '../../src/data/dataset-messages';
import type { IndexLabels } from '../../src/domain/schema';
import type { DatasetMessage, StringsMessage } from '../../src/data/dataset-messages';
import { fixtureIndex } from '../analysis/index-fixture';

function loaded(): { dataset: LoadedDataset; labels: IndexLabels } {
  const { id, title, ...index } = fixtureIndex(
    Array.from({ length: 11 }, (_, i) => ({
      title: i === 5 ? 'Zürich 🚀 outage, "quoted"' : `Incident number ${i}`,
      published: i % 3 === 0 ? null : 20200101 + i,
      organizations: i % 2 === 0 ? ['Acme', 'Bank'] : [],
      facets: { phase: [i % 2 === 0 ? 'design' : 'operation'], domain: i % 4 === 0 ? ['finance', 'health'] : [] },
    })),
  );
  const prepared = prepareColumns(index);
  return { dataset: { index, prepared, grouped: groupColumns(prepared), orders: { 'date-desc': rowOrder(prepared, 'date-desc') } }, labels: { id, title } };
}

/** A message as the page receives it: cloned as `postMessage` clones it, typed arrays moved. */
const received = ({ message, transfer }: { message: DatasetMessage; transfer: ArrayBuffer[] }) => structuredClone(message, { transfer });

describe('a dataset sent from the loading worker', () => {
  it('arrives whole: every column, the grouped lines and the orders, then every id and title', () => {
    const { dataset, labels } = loaded();
    const columns = received(columnsMessage(loaded().dataset));
    expect(columns).toEqual({ kind: 'columns', dataset });
    const messages = labelsMessages(labels, 4).map(received);
    const assembler = labelsAssembler(dataset.index.count);
    for (const message of messages) if (message.kind === 'strings') assembler.take(message);
    expect(messages.at(-1)).toEqual({ kind: 'done' });
    const { id, title } = assembler.done();
    expect(Array.from({ length: id.length }, (_, row) => id.at(row))).toEqual(labels.id);
    expect(Array.from({ length: title.length }, (_, row) => title.at(row))).toEqual(labels.title);
  });

  it('refuses ids and titles that come out of order or short, which would name incidents wrongly', () => {
    const { dataset, labels } = loaded();
    const strings = labelsMessages(labels, 4).flatMap(({ message }) => (message.kind === 'strings' ? [received({ message, transfer: [] })] : []));
    const swapped = labelsAssembler(dataset.index.count);
    expect(() => swapped.take(strings[1] as StringsMessage)).toThrow(/out of order/);
    const repeated = labelsAssembler(dataset.index.count);
    repeated.take(strings[0] as StringsMessage);
    expect(() => repeated.take(strings[0] as StringsMessage)).toThrow(/out of order/);
    const short = labelsAssembler(dataset.index.count);
    for (const message of strings.slice(0, 2)) short.take(message as StringsMessage);
    expect(() => short.done()).toThrow(/holds 8 of 11 rows/);
  });

  it('sends ids and titles in chunks, after the columns, which hold no string of them', () => {
    const { dataset, labels } = loaded();
    expect(JSON.stringify(columnsMessage(dataset).message)).not.toContain('Incident number');
    const strings = labelsMessages(labels, 4).flatMap(({ message }) => (message.kind === 'strings' ? [message] : []));
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
    const { dataset } = loaded();
    received(columnsMessage(dataset));
    expect(dataset.prepared.published.length).toBe(0);
    expect(dataset.grouped.counting.facets.phase.optionBits[0].length).toBe(0);
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
