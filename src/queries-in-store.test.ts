/**
 * No Kysely query outside src/store/: every query the services, the API,
 * the pages and the commands run is a named store function (store/queries/,
 * store/writes/), so that SQL, and what differs between the two databases,
 * lives in one folder. A file outside src/store/ may import Kysely's types
 * (Kysely, Transaction) to pass a query builder on, but neither a value from
 * "kysely" (the `sql` tag, the query builder's classes) nor call the query
 * builder (selectFrom, insertInto, updateTable, deleteFrom…). Tests are not
 * checked: they look into the tables to see what a change did.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type ts from "typescript";

const SRC = fileURLToPath(new URL("../../src", import.meta.url));

const QUERY_BUILDER = /\.(?:selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)\s*\(/;

/** Why a source outside the store breaks the rule: the value imports from "kysely" and the query builder calls it makes. */
export function queriesIn(typescript: typeof ts, path: string, source: string): string[] {
  const file = typescript.createSourceFile(path, source, typescript.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (typescript.isImportDeclaration(node) && typescript.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === "kysely") {
      const clause = node.importClause;
      const values = !clause ? ["(side effect)"] : clause.isTypeOnly ? [] : [
        ...(clause.name ? [clause.name.text] : []),
        ...(clause.namedBindings && typescript.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text) : []),
        ...(clause.namedBindings && typescript.isNamespaceImport(clause.namedBindings) ? [clause.namedBindings.name.text] : []),
      ];
      if (values.length) found.push(`imports ${values.join(", ")} from "kysely"`);
    }
    if (typescript.isCallExpression(node) && typescript.isPropertyAccessExpression(node.expression) && QUERY_BUILDER.test(`.${node.expression.name.text}(`)) {
      found.push(`calls ${node.expression.name.text} (line ${file.getLineAndCharacterOfPosition(node.expression.name.getStart(file)).line + 1})`);
    }
    typescript.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function* tsFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(path);
    else if (entry.isFile() && entry.name.endsWith(".ts")) yield path;
  }
}

test("no file outside src/store/ writes a Kysely query", async () => {
  assert.ok(existsSync(join(SRC, "store")), `no TypeScript sources at ${SRC}; this is checked in a source checkout`);
  const typescript = (await import("typescript")).default;
  const broken: string[] = [];
  for (const file of tsFiles(SRC)) {
    const path = relative(SRC, file).split(sep).join("/");
    // test support (test-fixtures/) is checked like the tests: it looks into the tables
    if (path.startsWith("store/") || path.endsWith(".test.ts") || path.includes("test-fixtures/")) continue;
    const found = queriesIn(typescript, path, readFileSync(file, "utf8"));
    if (found.length) broken.push(`src/${path}: ${found.join("; ")}`);
  }
  assert.deepEqual(broken, [], `queries outside src/store/ (make each a function in store/queries/ or store/writes/):\n  ${broken.join("\n  ")}`);
});

test("the check sees a value import and a query builder call, and lets type imports pass", async () => {
  const typescript = (await import("typescript")).default;
  assert.deepEqual(queriesIn(typescript, "a.ts", 'import type { Kysely } from "kysely";\nimport { type Transaction } from "kysely";'), []);
  assert.deepEqual(queriesIn(typescript, "a.ts", 'import { sql, type Kysely } from "kysely";'), ['imports sql from "kysely"']);
  assert.deepEqual(queriesIn(typescript, "a.ts", 'await db\n  .selectFrom("users").select("id").execute();'), ["calls selectFrom (line 2)"]);
  assert.deepEqual(queriesIn(typescript, "a.ts", '// db.deleteFrom("users")\nconst s = "x.updateTable(";'), []);
});
