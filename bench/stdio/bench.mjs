// The stdio benchmark: the server as a client sees it, beside the Node reference server, in one run.
// Usage: node bench.mjs --aot <binary> --jit <binary> [--rounds 15] [--out results.md]
//
// Speaks newline-delimited JSON-RPC over the child's stdin and stdout with no SDK in between, and
// stamps each reply when its last byte arrives (before parsing), so the figures are the server's and
// the pipe's, not the client's. Memory is read from /proc/<pid>/status of the server process: at the
// end of the busy session, after two idle seconds (the server trims its heap once it has been idle
// for half a second after a heavy call) and, for the 100x session, after 65 idle seconds (a minute
// idle, it collects again for what the shared array pools held).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const options = parseArguments(process.argv.slice(2));
const rounds = Number(options.rounds ?? 15);
const here = fileURLToPath(new URL(".", import.meta.url));
const nodeServer = join(here, "node_modules/@modelcontextprotocol/server-memory/dist/index.js");
const scratch = mkdtempSync(join(tmpdir(), "pm-bench-"));

const servers = {
  aot: { label: "McpPostmortem, Native AOT", command: options.aot, args: [] },
  jit: { label: "McpPostmortem, JIT (dotnet build -c Release)", command: options.jit, args: [] },
  node: {
    label: "@modelcontextprotocol/server-memory (Node)",
    command: process.execPath,
    args: [nodeServer],
    env: { MEMORY_FILE_PATH: join(scratch, "memory.jsonl") },
  },
};

// Sizes of the session: 1x, 10x and 100x. Round trips run on postmortems holding `events` events;
// rendering and linting on postmortems holding `renderEvents` events and `items` action items.
const sizes = [
  { name: "1x", events: 10, renderEvents: 50, items: 5 },
  { name: "10x", events: 100, renderEvents: 500, items: 50 },
  { name: "100x", events: 1000, renderEvents: 5000, items: 500 },
];
const reads = 200;
const wholeReads = 20;
const idleMs = 2000;
const longIdleMs = 65000;
const writes = 100;
const renders = 10;
const lints = 10;

class Connection {
  constructor(server, folder) {
    this.started = process.hrtime.bigint();
    this.child = spawn(server.command, [...server.args, ...(folder ? ["--dir", folder] : [])], {
      env: { ...process.env, ...(server.env ?? {}) },
      stdio: ["pipe", "pipe", "ignore"],
    });
    this.pending = new Map();
    this.nextId = 1;
    this.buffer = [];
    this.child.stdout.on("data", (chunk) => this.receive(chunk));
    this.exited = new Promise((resolve) => this.child.on("exit", resolve));
  }

  receive(chunk) {
    let start = 0;
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, start)) {
      const arrived = process.hrtime.bigint();
      this.buffer.push(chunk.subarray(start, i));
      const line = Buffer.concat(this.buffer).toString("utf8");
      this.buffer = [];
      start = i + 1;
      const message = JSON.parse(line);
      const waiter = this.pending.get(message.id);
      if (waiter) {
        this.pending.delete(message.id);
        waiter({ message, arrived });
      }
    }

    if (start < chunk.length) {
      this.buffer.push(chunk.subarray(start));
    }
  }

  async request(method, params) {
    const id = this.nextId++;
    const reply = new Promise((resolve) => this.pending.set(id, resolve));
    const sent = process.hrtime.bigint();
    this.child.stdin.write(JSON.stringify({ jsonrpc: "2.0", id, method, params }) + "\n");
    const { message, arrived } = await reply;
    if (message.error) {
      throw new Error(`${method}: ${message.error.message}`);
    }

    return { result: message.result, ms: Number(arrived - sent) / 1e6, arrived };
  }

  notify(method, params) {
    this.child.stdin.write(JSON.stringify({ jsonrpc: "2.0", method, params }) + "\n");
  }

  async initialize() {
    await this.request("initialize", {
      protocolVersion: "2025-06-18",
      capabilities: {},
      clientInfo: { name: "bench", version: "1.0.0" },
    });
    this.notify("notifications/initialized");
    const list = await this.request("tools/list", {});
    return Number(list.arrived - this.started) / 1e6;
  }

  async call(name, args) {
    const reply = await this.request("tools/call", { name, arguments: args });
    if (reply.result.isError) {
      throw new Error(`${name}: ${reply.result.content?.[0]?.text}`);
    }

    return reply;
  }

  memory() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, "utf8");
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
    return { peakMb: kb("VmHWM") / 1024, rssMb: kb("VmRSS") / 1024 };
  }

  async close() {
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill(), 5000);
    await this.exited;
    clearTimeout(timer);
  }
}

// Cold start: spawn, initialize, and the first tools/list reply; rounds interleave the servers so
// that a busy moment on the machine falls on all of them alike. One untimed start each warms the
// page cache.
async function coldStarts() {
  const times = { aot: [], jit: [], node: [] };
  const memory = {};
  for (let round = -1; round < rounds; round++) {
    for (const key of Object.keys(servers)) {
      const folder = mkdtempSync(join(scratch, `${key}-`));
      const connection = new Connection(servers[key], key === "node" ? null : folder);
      const ms = await connection.initialize();
      memory[key] = connection.memory();
      await connection.close();
      if (round >= 0) {
        times[key].push(ms);
      }
    }
  }

  return { times, memory };
}

function event(i, count) {
  // Spread over the incident day, in order, each a distinct minute; milestones are not repeated.
  const minute = Math.floor((i * 1380) / Math.max(count, 1));
  const time = new Date(Date.UTC(2025, 2, 14, 0, 0) + minute * 60000 + (i % 60) * 1000);
  return {
    time: time.toISOString().replace(".000Z", "Z"),
    kind: "note",
    source: "chat",
    description: `Connection pool usage on API instance ${i % 40} reached ${50 + (i % 50)}% while the ` +
      `queue held ${i * 3} requests; the dashboard showed the wait time rising.`,
  };
}

async function createWith(connection, title, events, items) {
  const created = await connection.call("create_postmortem", {
    title,
    incident_date: "2025-03-14",
    severity: "SEV2",
    summary: "API requests failed for 25 minutes because a release kept database connections open.",
  });
  const id = created.result.structuredContent.id;
  let chars = 0;
  for (let start = 0; start < events; start += 500) {
    const batch = [];
    for (let i = start; i < Math.min(events, start + 500); i++) {
      batch.push(event(i, events));
      chars += batch.at(-1).description.length;
    }

    await connection.call("add_timeline_events", { id, events: batch });
  }

  for (let i = 0; i < items; i++) {
    const action = `Add an alarm on connection pool usage above 80% for service ${i}, with a runbook link.`;
    chars += action.length;
    await connection.call("add_action_item", {
      id,
      action,
      owner: "API team",
      due_date: "2025-04-30",
      priority: "P1",
      class: "detect",
    });
  }

  return { id, chars };
}

// One server process per size: build the postmortems, time reads, writes, renders and lints, then
// read the process's memory after the session.
async function session(key, size) {
  const folder = mkdtempSync(join(scratch, `${key}-${size.name}-`));
  const connection = new Connection(servers[key], folder);
  await connection.initialize();

  const { id: small } = await createWith(connection, `Round trips at ${size.name}`, size.events, 0);
  // An agent's read: the default window of the timeline. Then the whole timeline in one reply.
  const read = [];
  for (let i = 0; i < reads; i++) {
    read.push((await connection.call("get_postmortem", { id: small })).ms);
  }

  const wholeRead = [];
  for (let i = 0; i < wholeReads; i++) {
    const args = { id: small, timeline_limit: Math.max(size.events, 1) };
    wholeRead.push((await connection.call("get_postmortem", args)).ms);
  }

  const write = [];
  for (let i = 0; i < writes; i++) {
    const added = { time: `2025-03-14T23:${String(i % 60).padStart(2, "0")}:30Z`, kind: "note",
      description: `Write number ${i} of the benchmark.` };
    write.push((await connection.call("add_timeline_events", { id: small, events: [added] })).ms);
  }

  const { id: large, chars } = await createWith(
    connection, `Render at ${size.name}`, size.renderEvents, size.items);
  const render = [];
  for (let i = 0; i < renders; i++) {
    render.push((await connection.call("render_postmortem", { id: large })).ms);
  }

  const lint = [];
  for (let i = 0; i < lints; i++) {
    lint.push((await connection.call("lint_postmortem", { id: large })).ms);
  }

  const busy = connection.memory();
  await new Promise((resolve) => setTimeout(resolve, idleMs));
  const memory = { ...connection.memory(), busyMb: busy.rssMb };
  if (size.name === "100x") {
    await new Promise((resolve) => setTimeout(resolve, longIdleMs - idleMs));
    memory.longIdleMb = connection.memory().rssMb;
  }

  await connection.close();
  return { read, wholeRead, write, render, lint, memory, chars };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const median = (values) => percentile(values, 50);
const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;

function machine() {
  const memory = /MemTotal:\s+(\d+)/.exec(readFileSync("/proc/meminfo", "utf8"))?.[1];
  return {
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    host: hostname(),
    cpu: `${cpus().length} x ${cpus()[0]?.model ?? "unknown"}`,
    memory: `${Math.round(Number(memory) / 1024 / 1024)} GB`,
    node: process.version,
    load: readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "),
  };
}

function parseArguments(args) {
  const parsed = {};
  for (let i = 0; i < args.length; i += 2) {
    parsed[args[i].replace(/^--/, "")] = args[i + 1];
  }

  if (!parsed.aot || !parsed.jit) {
    console.error("usage: node bench.mjs --aot <binary> --jit <binary> [--rounds 15] [--out results.md]");
    process.exit(2);
  }

  return parsed;
}

const lines = [];
const print = (line = "") => {
  lines.push(line);
  console.log(line);
};

const about = machine();
print(`# Benchmark, ${about.date}`);
print();
print(`Machine: ${about.host}, ${about.cpu}, ${about.memory} RAM; Node ${about.node}; ` +
  `load average at start ${about.load} (figures from a busy machine are slower, ratios less so).`);
print();

const cold = await coldStarts();
const coldMedian = Object.fromEntries(Object.entries(cold.times).map(([k, v]) => [k, median(v)]));
print(`## Cold start to the first tools/list reply (median of ${rounds}, servers interleaved)`);
print();
print("| Server | Median | p90 | vs Node | Memory after (RSS) |");
print("|---|---|---|---|---|");
for (const [key, server] of Object.entries(servers)) {
  print(`| ${server.label} | ${ms(coldMedian[key])} | ${ms(percentile(cold.times[key], 90))} | ` +
    `${ratio(coldMedian[key], coldMedian.node)} | ${cold.memory[key].rssMb.toFixed(1)} MB |`);
}

print();
print(`AOT / Node = ${ratio(coldMedian.aot, coldMedian.node)} (target at most 0.20x); ` +
  `AOT / JIT = ${ratio(coldMedian.aot, coldMedian.jit)}.`);
print();

const results = { aot: [], jit: [] };
for (const size of sizes) {
  for (const key of ["aot", "jit"]) {
    results[key].push(await session(key, size));
  }
}

const figures = [
  ["get_postmortem round trip p50", (r) => median(r.read), "< 1 ms at 1,000 events"],
  ["get_postmortem round trip p99", (r) => percentile(r.read, 99), ""],
  ["get_postmortem, whole timeline, p50", (r) => median(r.wholeRead), ""],
  ["add_timeline_events (durable write) p50", (r) => median(r.write), "< 5 ms at 1,000 events"],
  ["add_timeline_events (durable write) p99", (r) => percentile(r.write, 99), ""],
  ["render_postmortem median", (r) => median(r.render), "< 50 ms at 5,000 events + 500 items"],
  ["lint_postmortem median", (r) => median(r.lint), ""],
];
print("## Tool round trips over stdio, by size");
print();
print("Sizes: round trips on a postmortem holding 10 / 100 / 1,000 events; render and lint on one holding " +
  "50 + 5 / 500 + 50 / 5,000 events + 500 action items. Growth is the 100x figure over the 1x figure " +
  "(100 would be linear). get_postmortem returns the timeline in windows of 50 events by default; the " +
  "whole-timeline row asks for every event in one reply.");
print();
print("| Figure | Build | 1x | 10x | 100x | Growth 1x to 100x | AOT / JIT at 100x | Target |");
print("|---|---|---|---|---|---|---|---|");
for (const [name, pick, target] of figures) {
  for (const key of ["aot", "jit"]) {
    const values = results[key].map(pick);
    const vsJit = key === "aot" ? ratio(values[2], pick(results.jit[2])) : "";
    print(`| ${name} | ${key.toUpperCase()} | ${values.map(ms).join(" | ")} | ` +
      `${(values[2] / values[0]).toFixed(1)}x | ${vsJit} | ${key === "aot" ? target : ""} |`);
  }
}

print();
for (const key of ["aot", "jit"]) {
  // Characters of event descriptions and actions linted per second, whole tool call included.
  const rates = results[key].map((r, i) =>
    `${sizes[i].name} ${(r.chars / median(r.lint) / 1000).toFixed(2)} M chars/s (${r.chars} chars)`);
  print(`Lint throughput, ${key.toUpperCase()}: ${rates.join(", ")}.`);
}
print();
print(`## Memory of the server after each session (VmRSS after ${idleMs / 1000} s idle; at the ` +
  "end of the busy session; VmHWM peak)");
print();
print("| Build | 1x | 10x | 100x | Target |");
print("|---|---|---|---|---|");
for (const key of ["aot", "jit"]) {
  const cells = results[key].map((r) => `${r.memory.rssMb.toFixed(1)} MB ` +
    `(busy ${r.memory.busyMb.toFixed(1)}, peak ${r.memory.peakMb.toFixed(1)})`);
  print(`| ${key.toUpperCase()} | ${cells.join(" | ")} | ${key === "aot" ? "< 40 MB after the 100x session" : ""} |`);
}

print();
for (const key of ["aot", "jit"]) {
  print(`After ${longIdleMs / 1000} s idle at 100x, ${key.toUpperCase()}: ` +
    `${results[key][2].memory.longIdleMb.toFixed(1)} MB; at start-up it was ${cold.memory[key].rssMb.toFixed(1)} MB.`);
}

print();
const aot100 = results.aot[2];
const verdicts = [
  ["AOT cold start at most 0.2x Node", coldMedian.aot <= 0.2 * coldMedian.node],
  ["get_postmortem p50 under 1 ms at 1,000 events", median(aot100.read) < 1],
  ["add_timeline_events p50 under 5 ms at 1,000 events", median(aot100.write) < 5],
  ["render under 50 ms at 5,000 events + 500 items", median(aot100.render) < 50],
  ["AOT server under 40 MB 2 s after the 100x session", aot100.memory.rssMb < 40],
  ["AOT server under 40 MB 65 s after the 100x session", aot100.memory.longIdleMb < 40],
];
print("## Targets");
print();
for (const [name, met] of verdicts) {
  print(`- ${met ? "met" : "NOT met"}: ${name}`);
}

rmSync(scratch, { recursive: true, force: true });
if (options.out) {
  writeFileSync(options.out, lines.join("\n") + "\n");
  console.log(`\nwritten to ${options.out}`);
}
