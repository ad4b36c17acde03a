// Renders every ```mermaid block of the Markdown files in a folder with the Mermaid library inside
// headless Chromium, the way a browser (and GitHub's viewer) would. Exits 1 on any parse or render
// error, or when no chart was found. Usage: node render-charts.mjs <folder>
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const folder = process.argv[2];
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const charts = [];
for (const file of readdirSync(folder).filter(f => f.endsWith('.md')).sort()) {
  const text = readFileSync(join(folder, file), 'utf8');
  const blocks = [...text.matchAll(/```mermaid\n([\s\S]*?)```/g)].map(m => m[1]);
  blocks.forEach((chart, i) => charts.push({ name: `${file}#${i + 1}`, chart }));
}

if (charts.length === 0) {
  console.error(`mermaid-check: no mermaid block found under ${folder}`);
  process.exit(1);
}

const profile = mkdtempSync(join(tmpdir(), 'mermaid-check-'));
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--user-data-dir=${profile}`,
  ],
});

let failed = 0;
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><div id="host"></div></body></html>');
  await page.addScriptTag({ path: join(here, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js') });
  await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
  const version = JSON.parse(readFileSync(join(here, 'node_modules', 'mermaid', 'package.json'), 'utf8')).version;
  console.log(`mermaid-check: Mermaid ${version} in ${await browser.version()}`);

  const render = (id, chart) => page.evaluate(async (id, text) => {
      try {
        await window.mermaid.parse(text);
        const { svg } = await window.mermaid.render(id, text);
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        const tasks = doc.querySelectorAll('rect.task, rect[class*="task"]').length;
        const error = /Syntax error|Parse error/i.test(svg);
        return { ok: !error, bytes: svg.length, tasks, error: error ? 'error diagram rendered' : '' };
      } catch (e) {
        return { ok: false, error: String(e && e.message ? e.message : e) };
      }
    }, id, chart);

  // The chart a milestone label with an unescaped colon would make must fail, or this check
  // could not catch anything.
  const canary = await render('canary', process.env.MERMAID_CANARY
    ?? 'gantt\n    dateFormat YYYY-MM-DD HH:mm:ss\n    Impact started 23:41 :milestone, m1, 2025-07-09 14:00:00, 0m\n');
  if (canary.ok) {
    throw new Error('a broken chart rendered without error; the check cannot be trusted');
  }
  console.log(`mermaid-check: a broken chart is refused as expected (${canary.error.slice(0, 80)})`);

  for (const [i, { name, chart }] of charts.entries()) {
    const result = await render(`chart${i}`, chart);
    if (result.ok && result.tasks > 0) {
      console.log(`ok   ${name}: ${result.tasks} bars/milestones, ${result.bytes} bytes of SVG`);
    } else {
      failed++;
      console.log(`FAIL ${name}: ${result.error || 'no task drawn'}`);
    }
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`mermaid-check: ${charts.length - failed} of ${charts.length} charts rendered`);
process.exit(failed === 0 ? 0 : 1);
