/** How far a scan has got, as a labelled progress bar: the findings list replaces it when the scan is done. */
export function ScanProgress({ done, total }: { readonly done: number; readonly total: number }) {
  return (
    <div className="findings-progress">
      <label htmlFor="findings-progress">
        Scanning the selection: {done} of {total} steps
      </label>
      <progress id="findings-progress" max={total} value={done} />
      <p className="findings-progress__note">The scan runs beside the page: every control stays usable, and changing the filters starts it again.</p>
    </div>
  );
}
