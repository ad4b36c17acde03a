// Writes a deterministic set of Markdown postmortems for the linter benchmark.
// usage: node generate-postmortems.mjs <outDir> <count> [repeat]
// repeat multiplies each document's body, for the linear-cost check; one-line-1mb.md is a 1 MB line.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [outDir, countArg, repeatArg] = process.argv.slice(2);
const count = Number(countArg ?? 1000);
const repeat = Number(repeatArg ?? 1);
let seed = 42;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const pick = (list) => list[rand(list.length)];

const people = ["Rosa", "Dev", "Mika", "Anders", "Lin", "Olu", "Petra", "Sam"];
const roles = ["the on-call", "the DBA", "the reviewer", "the release engineer", "the platform team"];
const systems = ["the cache", "the ingress", "the scheduler", "the payments API", "the replica", "the CDN"];
const sentences = [
  () => `${pick(people)} restarted ${pick(systems)} at 1${rand(10)}:${10 + rand(50)} UTC.`,
  () => `${pick(systems)} returned errors for ${5 + rand(40)} minutes.`.replace(/^./, (c) => c.toUpperCase()),
  () => `The health check on ${pick(systems).slice(4)} failed twice before the rollback.`,
  () => `${pick(roles)} should have drained the node first.`.replace(/^./, (c) => c.toUpperCase()),
  () => `Obviously ${pick(roles)} ignored the warning in the dashboard.`,
  () => `We should add an alert when replication lag exceeds ${rand(30) + 1} seconds.`,
  () => `Lack of rate limiting let retries pile up on ${pick(systems)}.`,
  () => `${pick(people)} was careless with the production credentials.`,
  () => `The dashboard showed green, so the deploy continued.`,
  () => `It was human error by ${pick(roles)}.`,
];
const paragraph = (n) => Array.from({ length: n }, () => pick(sentences)()).join(" ");
const documentText = (i) => {
  const body = [];
  for (let r = 0; r < repeat; r++) {
    body.push(`## Summary\n\n${paragraph(4)}\n`, `## Timeline\n\n- ${paragraph(1)}\n- ${paragraph(1)}\n- ${paragraph(1)}\n`,
      `## Contributing factors\n\n${paragraph(5)}\n`, `## Action items\n\n- ${paragraph(1)}\n- ${paragraph(1)}\n`,
      "```\nkubectl rollout undo deploy/api\n```\n");
  }
  return `---\ntitle: Incident ${i}\n---\n# Incident ${i}\n\n${body.join("\n")}`;
};

mkdirSync(outDir, { recursive: true });
for (let i = 0; i < count; i++) {
  writeFileSync(join(outDir, `pm-${String(i).padStart(4, "0")}.md`), documentText(i));
}
if (repeat === 1) {
  let line = "";
  while (line.length < 1_000_000) { line += pick(sentences)() + " "; }
  writeFileSync(join(outDir, "..", "one-line-1mb.md"), line.slice(0, 1_000_000));
}
