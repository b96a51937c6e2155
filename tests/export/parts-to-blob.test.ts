import { describe, expect, it } from 'vitest';
import { partsToBlob } from '../../src/export/parts-to-blob';

/** `count` parts of `rows` incidents each, noting how many were asked for. */
function counted(count: number, rows: number) {
  const asked = { parts: 0 };
  function* parts() {
    for (let k = 0; k < count; k++) {
      asked.parts += 1;
      yield { text: `part ${k}\n`, rows };
    }
  }
  return { asked, parts: parts() };
}

describe('partsToBlob', () => {
  it('joins the parts in order, more than one Blob holds, with the type asked for', async () => {
    const { parts } = counted(600, 2);
    const blob = await partsToBlob(parts, 1200, 'text/csv');
    expect(blob.type).toBe('text/csv');
    expect(await blob.text()).toBe(Array.from({ length: 600 }, (_, k) => `part ${k}\n`).join(''));
  });

  it('says the share written, and lets other tasks run between runs of parts', async () => {
    const { parts } = counted(4, 5);
    const shares: number[] = [];
    // Another task of the page, posting itself again each time it runs, as input and painting keep coming.
    let between = 0;
    const other = new MessageChannel();
    other.port1.onmessage = () => {
      between += 1;
      other.port2.postMessage(null);
    };
    other.port2.postMessage(null);
    try {
      await partsToBlob(parts, 20, 'text/plain', { onProgress: (share) => shares.push(share), sliceMs: 0 });
    } finally {
      other.port1.close();
    }
    expect(shares).toEqual([0.25, 0.5, 0.75, 1, 1]);
    expect(between).toBeGreaterThanOrEqual(3);
  });

  it('stops asking for parts once aborted, rejecting with the reason', async () => {
    const { asked, parts } = counted(100, 1);
    const controller = new AbortController();
    const made = partsToBlob(parts, 100, 'text/plain', { signal: controller.signal, sliceMs: 0, onProgress: (share) => share >= 0.03 && controller.abort(new Error('left the page')) });
    await expect(made).rejects.toThrow('left the page');
    expect(asked.parts).toBe(3);
  });
});
