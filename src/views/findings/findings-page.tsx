import { useMemo } from 'react';
import type { FindingsScan } from '../../analysis/findings/finding-types';
import { scanMethods, scanOutcome } from '../../figures/finding-words';
import { useIndexColumns } from '../../data/get-index';
import type { FindingsSource } from '../../export/findings-file';
import { useFindingsScan } from '../../state/use-findings-scan';
import { useUrlState } from '../../state/use-url-state';
import type { UrlState } from '../../state/url-state';
import { ViewFrame } from '../shared/view-frame';
import { FindingItem } from './finding-item';
import { FindingsDownloads } from './findings-downloads';
import { ScanProgress } from './scan-progress';
import { useRovingFocus } from '../../components/use-roving-focus';

/** What stands out in the selection: every facet pair, trend and option scanned, adjusted together, strongest first. */
export function FindingsPage() {
  const { state } = useUrlState();
  const { scan, selection } = useFindingsScan(state);
  const build = useIndexColumns().data?.build ?? '';
  const size = selection.rows?.length ?? null;
  return (
    <ViewFrame
      title="Findings"
      intro="What stands out in the selection: options over- or under-represented, options of two facets found together, options of one facet given together, and shares that changed over the years. Every test of the scan is adjusted together, so the list holds few false findings; each finding opens the view that shows it."
      selection={selection}
      loading={scan.status === 'loading' || size === null}
      empty={size === 0}
      className="findings-page"
    >
      {scan.status === 'running' && <ScanProgress done={scan.done} total={scan.total} />}
      {scan.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          The scan failed: {scan.message}
        </p>
      )}
      {scan.status === 'done' && size !== null && <FindingsList scan={scan.scan} state={state} build={build} size={size} />}
    </ViewFrame>
  );
}

/**
 * The findings strongest first, then how the scan works. The list's links and buttons are
 * one tab stop, the arrow keys moving through them finding by finding, so the methods
 * and the rest of the page stay a few presses away however many findings there are.
 */
function FindingsList({ scan, state, build, size }: { readonly scan: FindingsScan; readonly state: UrlState; readonly build: string; readonly size: number }) {
  const source = useMemo((): FindingsSource => ({ state, build, size, base: `${window.location.origin}${window.location.pathname}` }), [state, build, size]);
  const count = scan.groups.length;
  const roving = useRovingFocus<HTMLOListElement>('a, button, summary');
  return (
    <>
      <div className="findings-summary">
        <p>
          {scanOutcome(scan, size)}
        </p>
        <FindingsDownloads scan={scan} source={source} />
      </div>
      {count > 0 && (
        <ol ref={roving.ref} className="findings-list plain-list" aria-label="Findings" onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
          {scan.groups.map((group, i) => (
            <FindingItem key={group.lead.key} group={group} rank={i + 1} state={state} build={build} />
          ))}
        </ol>
      )}
      <section className="findings-methods" aria-labelledby="findings-methods">
        <h2 id="findings-methods">How the scan works</h2>
        <ul>
          {scanMethods(scan).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
