/** Small news pages written for these tests: site chrome around an article, metadata in the head. */

export interface NewsPageOptions {
  readonly head?: string;
  readonly byline?: string;
  readonly paragraphs?: readonly string[];
}

export const STORY = [
  "The Elm Street bridge reopened to traffic on Thursday after eight months of repairs, city officials said, ending a detour that had added twenty minutes to many commutes.",
  "“We are glad to have it back,” said Mayor Lena Ortiz, who cut a ribbon at the east end of the span. “It matters to everyone who crosses the river twice a day.”",
  "The repairs replaced the deck and two of the four steel supports, which inspectors had flagged as corroded during a routine review last spring.",
  "Council member Idris Bello, who had pressed for the work to be finished before the winter, called the delay “frustrating but worth it.”",
  "Traffic engineers expect congestion on the nearby avenues to ease within a week, according to the city's transport office.",
];

export const JSON_LD_HEAD = `
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Riverside Courier"},
{"@type":"NewsArticle","headline":"Elm Street bridge reopens after eight months",
"datePublished":"2026-03-12T08:30:00-05:00","author":[{"@type":"Person","name":"Ana Ruiz"}],
"publisher":{"@type":"Organization","name":"Riverside Courier"}}]}
</script>
<link rel="canonical" href="https://courier.example/local/elm-bridge-reopens?utm_source=feed">`;

export function writeNewsPage(options: NewsPageOptions = {}): string {
  const paragraphs = (options.paragraphs ?? STORY).map((text) => `<p>${text}</p>`).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bridge reopens | Riverside Courier</title>
${options.head ?? ""}
</head><body>
<header><nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sports">Sports</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article>
<h1>Elm Street bridge reopens after eight months</h1>
${options.byline ?? ""}
${paragraphs}
<h2>What comes next</h2>
<p>The city plans a similar review of the Oak Street crossing next year, the transport office said in a statement released on Friday.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm closes schools</a></li><li><a href="/b">Team wins final</a></li></ul></aside>
</main>
<footer><p>© 2026 Riverside Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>`;
}
