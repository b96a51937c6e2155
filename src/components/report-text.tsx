import { withoutBidiControls } from '../domain/bidi-controls';

/**
 * One piece of report text: a title, an organization, a rationale. Isolated with `<bdi>`,
 * so its direction never spills into what follows (the next organization's name), and
 * stripped of explicit bidi controls, so it cannot reverse its own characters either.
 */
export function ReportText({ text }: { readonly text: string }) {
  return <bdi>{withoutBidiControls(text)}</bdi>;
}
