/**
 * The size of the rooms: the largest source files and the longest functions of src/ (lines, comments
 * included), from TypeScript's own parser. `node dist/bench/layout.js [--top 10]`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import ts from "typescript";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SRC = join(ROOT, "src");
const { values } = parseArgs({ options: { top: { type: "string", default: "10" } } });
const top = Number(values.top);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|js)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const files: { file: string; lines: number }[] = [];
const functions: { name: string; lines: number }[] = [];
for (const file of sources(SRC)) {
  const text = readFileSync(file, "utf8");
  const where = relative(ROOT, file);
  files.push({ file: where, lines: text.split("\n").length - (text.endsWith("\n") ? 1 : 0) });
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = (node as ts.FunctionLikeDeclaration).name?.getText(source) ?? "(anonymous)";
      functions.push({ name: `${where}:${start + 1} ${name}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
files.sort((a, b) => b.lines - a.lines);
functions.sort((a, b) => b.lines - a.lines);
console.log(`largest source files (of ${files.length}):`);
for (const f of files.slice(0, top)) console.log(`  ${String(f.lines).padStart(5)}  ${f.file}`);
console.log(`longest functions (of ${functions.length}):`);
for (const f of functions.slice(0, top)) console.log(`  ${String(f.lines).padStart(5)}  ${f.name}`);
console.log(
  `over 400 lines: ${files.filter((f) => f.lines > 400).length} files; over 80 lines: ${functions.filter((f) => f.lines > 80).length} functions`,
);
