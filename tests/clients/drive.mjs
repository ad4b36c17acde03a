// Drives the built server with the official TypeScript SDK client through a whole postmortem and a
// cancelled call, and checks each result. Usage: node drive.mjs <server-binary> <postmortems-folder>
// The SDK client checks every structuredContent against the tool's outputSchema on its own.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const [server, folder] = process.argv.slice(2);
if (!server || !folder) {
  console.error("usage: node drive.mjs <server-binary> <postmortems-folder>");
  process.exit(2);
}

let checks = 0;
const check = (condition, what) => {
  assert.ok(condition, what);
  checks++;
};

const transport = new StdioClientTransport({ command: server, args: ["--dir", folder], stderr: "ignore" });
const client = new Client({ name: "real-clients-drive", version: "1.0.0" });
await client.connect(transport);

const call = async (name, args) => {
  const result = await client.callTool({ name, arguments: args });
  const text = (result.content ?? []).map((c) => c.text ?? "").join(" ");
  check(result.isError !== true, `${name} failed: ${text}`);
  check(result.structuredContent !== undefined, `${name} returned no structuredContent`);
  return result.structuredContent;
};

const { tools } = await client.listTools();
check(tools.length >= 10, `only ${tools.length} tools listed`);
for (const tool of tools) {
  check(tool.name.length <= 40, `${tool.name} is longer than 40 characters`);
  check((tool.description ?? "").length <= 2000, `${tool.name} description is over 2000 characters`);
  check(!JSON.stringify(tool.inputSchema).includes('"type":["'), `${tool.name} input schema has a type array`);
  check(!JSON.stringify(tool.outputSchema ?? {}).includes('"type":["'), `${tool.name} output schema has a type array`);
}

// A whole postmortem, in the order the server's instructions give.
const created = await call("create_postmortem", {
  title: "Checkout errors after a connection pool change",
  incident_date: "2025-07-09",
  severity: "SEV2",
  timezone: "Europe/Berlin",
  authors: [{ name: "Sam Rivera", role: "incident commander" }],
});
const id = created.id;
check(/^2025-07-09-/.test(id), `unexpected id ${id}`);

const timeline = await call("add_timeline_events", {
  id,
  events: [
    { time: "14:02", description: "A deploy lowered the checkout database pool to 20 connections.", kind: "deploy" },
    { time: "14:05", description: "Checkout requests began to fail with timeouts.", kind: "started" },
    { time: "14:11", description: "The error-rate alert paged the on-call engineer.", kind: "detected", source: "pager" },
    { time: "14:14", description: "The on-call engineer acknowledged the page.", kind: "acknowledged", source: "pager" },
    { time: "14:31", description: "The deploy was rolled back and errors stopped.", kind: "mitigated" },
    { time: "15:10", description: "Pool settings were confirmed and the incident closed.", kind: "resolved" },
  ],
});
check(timeline.item_ids.length === 6, `expected 6 event ids, got ${timeline.item_ids}`);

await call("set_impact", { id, duration: "26 minutes", users_affected: "about 8% of checkout attempts" });
await call("set_summary", {
  id,
  summary: "For 26 minutes checkout requests failed because a deploy shrank the database connection pool.",
});
await call("set_root_cause", { id, text: "The pool size setting was lowered without a load test." });
await call("add_contributing_factor", {
  id,
  title: "No load test for pool settings",
  points: ["The pipeline does not exercise configuration-only changes under load."],
});
await call("set_section_items", { id, section: "went_well", items: ["The alert fired within six minutes."] });
const item = await call("add_action_item", {
  id,
  action: "Add a load test stage for configuration changes.",
  owner: "platform team",
  due_date: "2025-08-01",
  priority: "P1",
  class: "prevent",
});
check(item.item_ids.length === 1, "add_action_item returned no item id");

const lint = await call("lint_postmortem", { id });
check(typeof lint.errors === "number", "lint_postmortem returned no error count");

const rendered = await call("render_postmortem", { id });
check(existsSync(rendered.path), `rendered file ${rendered.path} is missing`);
check(path.dirname(path.resolve(rendered.path)) === path.resolve(folder), "render wrote outside the folder");
const markdown = readFileSync(rendered.path, "utf8");
check(markdown.includes("Checkout errors after a connection pool change"), "the title is not in the document");
check(markdown === rendered.markdown, "the returned Markdown differs from the file");

const view = await call("get_postmortem", { id });
check(view.postmortem.timeline.length === 6, "get_postmortem lost timeline events");
check(view.metrics.some((m) => m.minutes !== null), "no metric was computed from the milestones");
const revision = view.postmortem.revision;

// A cancelled call: the client aborts, the SDK sends notifications/cancelled, the server stays up and
// the stored file holds either the whole change or none of it.
const controller = new AbortController();
const cancelled = client.callTool(
  { name: "add_timeline_events", arguments: { id, events: [{ time: "15:20", description: "A cancelled note.", kind: "note" }] } },
  undefined,
  { signal: controller.signal },
);
controller.abort("the user pressed stop");
await assert.rejects(cancelled, (error) => /abort|cancel|stop/i.test(String(error)), "the cancelled call resolved");
checks++;

await client.ping();
const after = await call("get_postmortem", { id });
const kept = after.postmortem.timeline.some((e) => e.description === "A cancelled note.");
check(after.postmortem.revision === revision + (kept ? 1 : 0), "revision and content disagree after the cancel");
const stored = JSON.parse(readFileSync(path.join(folder, `${id}.json`), "utf8"));
check(stored.revision === after.postmortem.revision, "the file on disk is not the last acknowledged state");

// Hostile arguments through a real client: refused with the accepted list, nothing written.
const refused = await client.callTool({ name: "set_summary", arguments: { id, summary: "x", sumary: "typo" } });
check(refused.isError === true, "an unknown argument was accepted");
check(refused.content[0].text.includes("It accepts:"), "the refusal does not list the accepted arguments");
const unchanged = JSON.parse(readFileSync(path.join(folder, `${id}.json`), "utf8"));
check(unchanged.revision === stored.revision, "a refused call wrote the file");

await client.close();
console.log(`sdk client: ${checks} checks passed (postmortem ${id}, cancelled call ${kept ? "completed" : "dropped"})`);
