// Drives a whole tool session against the server binary with the official TypeScript MCP client.
// Usage: node session.mjs <server-binary> <reference-incident.json> <work-folder>
//
// A type missing from the source-generated JSON context fails only at run time under Native AOT, so
// every tool that tools/list returns is called at least once and must answer without an error:
// first the reference incident is replayed (rich arguments), then every tool is called again with
// arguments built from its own input schema, optional lists included, so every parameter type is
// read and every result type written. The SDK checks each structured result against the tool's
// output schema. Prints one line per call and exits 1 if anything failed.
import { readFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [binary, incidentFile, folder] = process.argv.slice(2);
if (!binary || !incidentFile || !folder) {
  console.error("usage: node session.mjs <server-binary> <reference-incident.json> <work-folder>");
  process.exit(2);
}

// Arguments the schema alone cannot invent: ids of things that exist, dates, times, links.
// A new tool whose arguments need more than this gets a line in OVERRIDES below.
const HINTS = {
  id: (s) => s.id,
  event_id: (s) => s.eventId,
  factor_id: (s) => s.factorId,
  item_id: (s) => s.itemId,
  expected_revision: () => 0,
  incident_date: () => "2025-03-14",
  due_date: () => "2025-04-30",
  date: () => "2025-02-01",
  time: () => "14:52",
  // Milestone kinds may appear once per timeline, and the reference incident has them all.
  kind: () => "note",
  timezone: () => "UTC",
  link: () => "https://example.com/incidents/1",
  tracking_link: () => "https://tracker.example.com/OPS-1",
  url: () => "https://example.com/graph.png",
  owner: () => "API team",
  title: () => "Connection pool alarm added",
  text: () => "The connection pool filled because the release kept connections open on timeouts.",
  // The reference incident as rendered, for tools that read a Markdown postmortem.
  markdown: (s) => s.markdown,
};

// Per-tool argument overrides, merged over the generated ones: (state) => ({ name: value }).
const OVERRIDES = {
  create_postmortem: () => ({ title: "Second incident for the generated calls" }),
  // Imports the rendered reference incident under a new id, leaving the original in place.
  import_postmortem: () => ({ id: "2025-03-14-imported-copy-of-the-reference-incident" }),
  // Every argument is optional, and a call that records nothing is refused, as it should be.
  record_review: () => ({ meeting_held: "2025-03-18", shared_with: "#eng-incidents", follow_up_date: "2025-04-15" }),
  // Events and notes are both optional lists whose default is empty, and a call that adds nothing is
  // refused, as it should be.
  add_timeline_events: () => ({
    events: [{ time: "2025-03-14T15:20:00Z", kind: "note", description: "Generated event for the AOT session." }],
  }),
};

// Tools that remove things run last, in this order, so the others still find what they need.
const LAST = ["remove_timeline_event", "remove_contributing_factor", "remove_action_item", "delete_postmortem"];

function generate(schema, name, state, required) {
  if (name in HINTS && schema.type !== "array" && schema.type !== "object") {
    return HINTS[name](state);
  }

  if (!required && "default" in schema) {
    return schema.default;
  }

  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    return schema.enum[0];
  }

  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object":
      return objectOf(schema, state);
    case "array":
      return [generate(schema.items ?? { type: "string" }, singular(name), state, true)];
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return false;
    default:
      if (schema.format === "date") {
        return "2025-03-14";
      }

      if (schema.format === "date-time") {
        return "2025-03-14T14:52:00Z";
      }

      return `Generated ${name.replaceAll("_", " ")} for the AOT session.`;
  }
}

function objectOf(schema, state) {
  const required = new Set(schema.required ?? []);
  const value = {};
  for (const [property, propertySchema] of Object.entries(schema.properties ?? {})) {
    value[property] = generate(propertySchema, property, state, required.has(property));
  }

  return value;
}

function singular(name) {
  return name.endsWith("s") ? name.slice(0, -1) : name;
}

function text(result) {
  return (result.content ?? []).filter((c) => c.type === "text").map((c) => c.text).join(" ");
}

const transport = new StdioClientTransport({ command: binary, args: ["--dir", folder], stderr: "ignore" });
const client = new Client({ name: "aot-session", version: "1.0.0" });
await client.connect(transport);
const { tools } = await client.listTools();
console.log(`connected to ${client.getServerVersion()?.name}: ${tools.length} tools`);

const called = new Map(tools.map((t) => [t.name, 0]));
let failures = 0;

async function call(tool, args) {
  let result;
  try {
    result = await client.callTool({ name: tool, arguments: args });
  } catch (error) {
    // Protocol errors, and structured results that do not match the output schema.
    failures++;
    console.log(`FAIL ${tool}: ${error.message}`);
    return null;
  }

  if (result.isError) {
    failures++;
    console.log(`FAIL ${tool}: ${text(result)}`);
    console.log(`     arguments: ${JSON.stringify(args).slice(0, 400)}`);
    return null;
  }

  called.set(tool, (called.get(tool) ?? 0) + 1);
  console.log(`ok   ${tool}`);
  return result;
}

// 1. The reference incident, as the demo verb replays it.
const state = { id: "", eventId: "ev-1", factorId: "cf-1", itemId: "ai-1", markdown: "" };
const incident = JSON.parse(readFileSync(incidentFile, "utf8"));
for (const step of incident.calls) {
  const args = Object.fromEntries(
    Object.entries(step.arguments).map(([k, v]) => [k, v === "{id}" ? state.id : v]));
  const result = await call(step.tool, args);
  if (result && step.tool === "create_postmortem") {
    state.id = result.structuredContent?.id ?? "";
  }
}

if (!state.id) {
  console.log("FAIL the reference incident could not be created; nothing else can run");
  process.exit(1);
}

const rendered = await call("render_postmortem", { id: state.id });
state.markdown = rendered?.structuredContent?.markdown ?? "";

// 2. Every listed tool with arguments generated from its input schema.
const order = [...tools].sort((a, b) => LAST.indexOf(a.name) - LAST.indexOf(b.name));
for (const tool of order) {
  const args = { ...objectOf(tool.inputSchema, state), ...(OVERRIDES[tool.name]?.(state) ?? {}) };
  await call(tool.name, args);
}

await client.close();
const missed = [...called].filter(([, count]) => count === 0).map(([name]) => name);
if (missed.length > 0) {
  console.log(`FAIL never answered without an error: ${missed.join(", ")}`);
}

console.log(`${tools.length} tools, ${failures} failed call(s), ${missed.length} tool(s) never answered`);
process.exit(failures > 0 || missed.length > 0 ? 1 : 0);
