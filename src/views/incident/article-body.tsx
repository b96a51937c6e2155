import { SafeLink } from '../../components/safe-link';
import type { Incident } from '../../domain/schema';
import { ReportText } from '../../components/report-text';

type Article = NonNullable<Incident['article']>;

/** A raw news article: its cleaned text, line breaks kept, and a link to the original. */
export function ArticleBody({ article }: { readonly article: Article }) {
  return (
    <section className="incident-section" aria-labelledby="article-heading">
      <h2 id="article-heading">Article</h2>
      <p>
        {article.url === null ? (
          <span className="muted">The source address is not known.</span>
        ) : (
          <SafeLink href={article.url}>Read the original article</SafeLink>
        )}
      </p>
      <div className="article-body">
        <ReportText text={article.body} />
      </div>
    </section>
  );
}
