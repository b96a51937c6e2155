interface DeckProblemsProps {
  readonly title: string;
  readonly problems: readonly string[];
}

/** Why a deck was refused, every reason listed, as an alert next to the action that failed. */
export function DeckProblems({ title, problems }: DeckProblemsProps) {
  return (
    <div className="load-error deck-problems" role="alert">
      <p className="deck-problems__title">{title}:</p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
