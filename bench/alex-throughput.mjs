// Lints every Markdown file of a folder with alex (npm) in one process and prints the time taken.
// usage: node alex-throughput.mjs <folder>
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { markdown } from "alex";

const folder = process.argv[2];
const files = readdirSync(folder).filter((f) => f.endsWith(".md")).map((f) => readFileSync(join(folder, f), "utf8"));
const bytes = files.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
const start = process.hrtime.bigint();
let messages = 0;
for (const text of files) { messages += markdown(text).messages.length; }
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(JSON.stringify({ files: files.length, bytes, ms, messages }));
