// Checks an installed copy of the skill: SKILL.md has name and description frontmatter, and every
// relative link in SKILL.md and the Markdown under skill/ resolves inside the installed folder.
// Usage: node .ci/skill-links.mjs INSTALLED_SKILL_FOLDER
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const root = resolve(process.argv[2] ?? ".");
const skill = readFileSync(join(root, "SKILL.md"), "utf8");
const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(skill);
if (!frontmatter || !/^name: postmortem$/m.test(frontmatter[1]) || !/^description:/m.test(frontmatter[1])) {
  console.error(`skill-links: ${root}/SKILL.md has no name: postmortem and description frontmatter`);
  process.exit(1);
}

function markdownUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? markdownUnder(path) : name.endsWith(".md") ? [path] : [];
  });
}

const files = [join(root, "SKILL.md"), ...markdownUnder(join(root, "skill"))];
let links = 0;
const broken = [];
for (const file of files) {
  const text = readFileSync(file, "utf8").replace(/^```[\s\S]*?^```/gm, "");
  for (const match of text.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)\)/g)) {
    const target = match[1];
    if (target.includes("://") || target.startsWith("mailto:") || target.startsWith("#")) {
      continue;
    }
    links++;
    const path = resolve(dirname(file), target.split("#")[0]);
    if (!path.startsWith(root) || !existsSync(path)) {
      broken.push(`${file.slice(root.length + 1)} -> ${target}`);
    }
  }
}

if (broken.length > 0) {
  console.error(`skill-links: ${broken.length} broken link(s):\n  ${broken.join("\n  ")}`);
  process.exit(1);
}
console.log(`skill-links: ${files.length} Markdown files, ${links} relative links, all resolve in ${root}`);
