// Talks MCP over stdio to an installed mcp-postmortem, the way a client would: initialize,
// tools/list, prompts/list, then one small postmortem with a debrief, rendered to Markdown.
// Usage: node .ci/mcp-smoke.mjs COMMAND [ARGS...]   (the server's --dir goes in ARGS)
// Prints what it saw; exits non-zero on any protocol or tool error.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node mcp-smoke.mjs COMMAND [ARGS...]");
  process.exit(2);
}

const server = spawn(command, args, { stdio: ["pipe", "pipe", "inherit"] });
const pending = new Map();
let nextId = 1;
createInterface({ input: server.stdout }).on("line", (line) => {
  const message = JSON.parse(line);
  if (message.id !== undefined && pending.has(message.id)) {
    pending.get(message.id)(message);
    pending.delete(message.id);
  }
});
const timer = setTimeout(() => fail("no answer within 60 s"), 60_000);

function fail(why) {
  console.error(`mcp-smoke: FAILED: ${why}`);
  server.kill();
  process.exit(1);
}

function request(method, params) {
  const id = nextId++;
  server.stdin.write(JSON.stringify({ jsonrpc: "2.0", id, method, params }) + "\n");
  return new Promise((resolve) => pending.set(id, resolve)).then((message) => {
    if (message.error) {
      fail(`${method}: ${JSON.stringify(message.error)}`);
    }
    return message.result;
  });
}

async function call(name, toolArgs) {
  const result = await request("tools/call", { name, arguments: toolArgs });
  if (result.isError) {
    fail(`${name}: ${result.content.map((c) => c.text).join(" ")}`);
  }
  return result.structuredContent;
}

const started = Date.now();
const init = await request("initialize", {
  protocolVersion: "2025-06-18",
  capabilities: {},
  clientInfo: { name: "mcp-smoke", version: "1" },
});
console.log(`initialize: ${init.serverInfo.name} ${init.serverInfo.version} ` +
  `(protocol ${init.protocolVersion}) in ${Date.now() - started} ms`);
server.stdin.write(JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }) + "\n");

const tools = (await request("tools/list", {})).tools.map((t) => t.name);
console.log(`tools/list: ${tools.length} tools: ${tools.join(", ")}`);
const prompts = (await request("prompts/list", {})).prompts.map((p) => p.name);
console.log(`prompts/list: ${prompts.join(", ")}`);
for (const expected of ["create_postmortem", "add_debrief_notes", "render_postmortem"]) {
  if (!tools.includes(expected)) {
    fail(`tools/list has no ${expected}`);
  }
}

const title = `Smoke test ${Date.now()}`;
const created = await call("create_postmortem", {
  title, incident_date: "2025-03-14", severity: "SEV2", timezone: "UTC",
});
const id = created.id;
await call("add_timeline_events", {
  id,
  events: [
    { time: "14:32", kind: "started", description: "API error rate rose above 20%." },
    { time: "14:35", kind: "acknowledged", description: "The on-call SRE acknowledged the page." },
  ],
});
const prompt = await request("prompts/get", {
  name: "debrief_responder", arguments: { id, role: "on-call SRE" },
});
const promptText = prompt.messages.map((m) => m.content.text).join("\n");
if (!promptText.includes("add_debrief_notes") || !promptText.includes("14:35")) {
  fail("debrief_responder did not name add_debrief_notes or the timeline");
}
console.log(`prompts/get debrief_responder: ${promptText.split("\n").length} lines`);
const debrief = await call("add_debrief_notes", {
  id,
  responder: "on-call SRE",
  answers: [{ question: "What was the first signal you saw?", answer: "The 5xx alert at 14:32." }],
});
console.log(`add_debrief_notes: ${debrief.message}`);
const rendered = await call("render_postmortem", { id });
if (!rendered.markdown.includes("The 5xx alert at 14:32.")) {
  fail("the rendered document has no debrief answer");
}
console.log(`render_postmortem: ${rendered.markdown.split("\n").length} lines, debrief in the appendix`);
await call("delete_postmortem", { id });

clearTimeout(timer);
server.stdin.end();
console.log("mcp-smoke: OK");
