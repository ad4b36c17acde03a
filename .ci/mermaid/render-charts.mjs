// Renders every ```mermaid block of the Markdown files in a folder with the Mermaid library inside
// headless Chromium, the way a browser (and GitHub's viewer) would. Each chart is drawn in several
// browser time zones: the bars must land on the same pixels in every one (GitHub readers see the
// chart in their own zone), and every bar given by two Unix-millisecond positions must be as long
// as its duration on one common scale. Exits 1 on any parse or render error, any difference or
// bar out of scale, or when no chart was found. Usage: node render-charts.mjs <folder>
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const folder = process.argv[2];
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// UTC, a zone that changes for daylight saving in March and November, and a half-hour offset.
const zones = ['UTC', 'America/New_York', 'Asia/Kolkata'];

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
        const rects = [...doc.querySelectorAll('rect.task, rect[class*="task"]')];
        const geometry = rects.map(r => ({
          id: r.id.slice(id.length + 1), x: +r.getAttribute('x'), w: +r.getAttribute('width') }));
        const error = /Syntax error|Parse error/i.test(svg);
        return { ok: !error, bytes: svg.length, tasks: rects.length, geometry,
          error: error ? 'error diagram rendered' : '' };
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
    const results = [];
    for (const [z, zone] of zones.entries()) {
      await page.emulateTimezone(zone);
      results.push(await render(`chart${i}z${z}`, chart));
    }

    const [result] = results;
    const problem = !result.ok || result.tasks === 0 ? (result.error || 'no task drawn')
      : zoneDifference(results) ?? scaleProblem(chart, result.geometry);
    if (problem === undefined || problem === null) {
      console.log(`ok   ${name}: ${result.tasks} bars/milestones, ${result.bytes} bytes of SVG, ` +
        `same in ${zones.join(', ')}`);
    } else {
      failed++;
      console.log(`FAIL ${name}: ${problem}`);
    }
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`mermaid-check: ${charts.length - failed} of ${charts.length} charts rendered`);
process.exit(failed === 0 ? 0 : 1);

/** A message when a bar lands elsewhere in another browser zone, else null. */
function zoneDifference(results) {
  const [first, ...others] = results;
  for (const [k, other] of others.entries()) {
    if (!other.ok) {
      return `does not render in ${zones[k + 1]}: ${other.error}`;
    }

    for (const bar of first.geometry) {
      const twin = other.geometry.find(b => b.id === bar.id);
      if (!twin || Math.abs(twin.x - bar.x) > 0.5 || Math.abs(twin.w - bar.w) > 0.5) {
        return `bar ${bar.id} is drawn differently in ${zones[k + 1]} than in ${zones[0]}`;
      }
    }
  }

  return null;
}

/** A message when a bar given by two millisecond positions is not to the common scale, else null. */
function scaleProblem(chart, geometry) {
  const spans = [...chart.matchAll(/:(?:crit, )?(\w+), (\d{10,}), (\d{10,})$/gm)]
    .map(m => ({ id: m[1], ms: Number(m[3]) - Number(m[2]) }));
  const bars = spans.map(s => ({ ...s, bar: geometry.find(g => g.id === s.id) }))
    .filter(s => s.bar && s.ms > 0);
  if (bars.length < 2) {
    return null;
  }

  // The longest bar sets the scale; rounding may move an edge by a pixel, not more.
  const longest = bars.reduce((a, b) => (b.ms > a.ms ? b : a));
  const perMs = longest.bar.w / longest.ms;
  const off = bars.find(s => Math.abs(s.bar.w - s.ms * perMs) > Math.max(1.5, 0.02 * s.ms * perMs));
  return off ? `bar ${off.id} is ${off.bar.w.toFixed(1)} px wide, but its ${off.ms / 60000} min ` +
    `make ${(off.ms * perMs).toFixed(1)} px on the chart's scale` : null;
}
