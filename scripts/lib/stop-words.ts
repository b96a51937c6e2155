/**
 * Words that say nothing about what an incident is: English function words, and the few
 * words every report and scraped article carries (links, "said", "incident", "due"). A phrase never
 * spans one, so "breach of the database" gives "breach" and "database", not "breach of".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all almost along already also although always am among an and another any anyone ' +
    'anything are around as at back be became because become been before being below between both but by can cannot ' +
    'could did do does doing done down during each either else enough etc even ever every few for from further get gets ' +
    'got had has have having he her here hers herself him himself his how however i if in including into is it its itself ' +
    'just last least less like made make makes many may me might more most much must my myself near need neither never ' +
    'no nor not now of off often on once one only onto or other others otherwise our ours ourselves out over own per ' +
    'perhaps put rather really said same say says see seen several shall she should since so some still such than that ' +
    'the their theirs them themselves then there these they this those though through thus to too toward towards two ' +
    'under until up upon us use used using very via was we well were what whatever when where whether which while who ' +
    'whom whose why will with within without would yet you your yours yourself yourselves ' +
    "according across amp com don't doesn't didn't can't won't isn't wasn't it's http https new news org told www " +
    'able approximately based cause caused causing certain due going help incident instead regarding related specific taking ' +
    'three five total'
  ).split(' '),
);
