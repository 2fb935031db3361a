/**
 * No import cycle, at two scales:
 * - files: no module imports itself through others (tests and test support
 *   included; a test is imported by nothing, so it closes no cycle);
 * - folders: the code of a folder (tests and test support left out) does not
 *   depend on itself through other folders. A folder may use what the
 *   folders above it hold (store/writes/ imports store/database.ts; the
 *   store's root composes its subfolders), so imports of an enclosing folder
 *   are not counted; any other pair that imports each other, such as two
 *   sibling folders, is a cycle.
 * Each cycle is listed with the imports that close it.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { sourceImports, SUPPORT } from "../test/support/import-graph.js";

type Graph = Map<string, Set<string>>;

/** The strongly connected sets of `graph` with more than one member or a self-import, each sorted (Tarjan). */
export function cyclesOf(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const members: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      members.push(member);
    } while (member !== node);
    if (members.length > 1 || graph.get(node)?.has(node)) found.push(members.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** "a -> b" for every edge between members of one cycle: what to cut. */
function describe(cycle: string[], graph: Graph): string {
  const members = new Set(cycle);
  const edges = cycle.flatMap((from) => [...(graph.get(from) ?? [])].filter((to) => members.has(to)).map((to) => `${from} -> ${to}`));
  return `${cycle.join(", ")}\n      ${edges.join("\n      ")}`;
}

const addEdge = (graph: Graph, from: string, to: string): void => {
  if (!graph.has(from)) graph.set(from, new Set());
  if (!graph.has(to)) graph.set(to, new Set());
  graph.get(from)!.add(to);
};

const folderOf = (path: string): string => path.split("/").slice(0, -1).join("/");
const encloses = (outer: string, inner: string): boolean => outer === "" || inner.startsWith(`${outer}/`);
const isTestCode = (path: string): boolean => path.endsWith(".test.ts") || path.startsWith(SUPPORT);

/** The files graph and the folders graph of the imports (paths relative to src/). */
export function importGraphs(imports: readonly { from: string; to: string }[]): { files: Graph; folders: Graph } {
  const files: Graph = new Map();
  const folders: Graph = new Map();
  for (const { from, to } of imports) {
    addEdge(files, from, to);
    if (isTestCode(from) || isTestCode(to)) continue;
    const [a, b] = [folderOf(from), folderOf(to)];
    if (a !== b && !encloses(b, a)) addEdge(folders, a || ".", b || ".");
  }
  return { files, folders };
}

test("no import cycle among the files and folders of src/", async () => {
  const { files, folders } = importGraphs(await sourceImports("the import graph"));
  const problems: string[] = [];
  for (const [scale, graph] of [["files", files], ["folders", folders]] as const) {
    for (const cycle of cyclesOf(graph)) problems.push(`a cycle of ${scale}: ${describe(cycle, graph)}`);
  }
  assert.deepEqual(problems, [], `import cycles:\n  ${problems.join("\n  ")}`);
});

test("cycles: found with their members, whatever the order of the graph", () => {
  const graph: Graph = new Map();
  for (const [from, to] of [["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"], ["d", "e"], ["f", "f"]]) addEdge(graph, from, to);
  assert.deepEqual(cyclesOf(graph).sort(), [["a", "b", "c"], ["f"]]);
  assert.deepEqual(cyclesOf(new Map([["x", new Set(["y"])], ["y", new Set<string>()]])), []);
});

test("folders: imports of an enclosing folder and of tests are not counted; siblings that import each other are", () => {
  const pairs = [
    ["web/pages/home-page.ts", "web/html.ts"],
    ["web/web-routes.ts", "web/pages/home-page.ts"],
    ["store/queries/find-person.test.ts", "store/writes/document-writes.ts"],
    ["store/writes/person-names.ts", "store/queries/name-key.ts"],
    ["store/dialects/sqlite.ts", "store/queries/name-key.ts"],
    ["store/queries/cached-view.ts", "store/dialects/data-version.ts"],
  ];
  const { folders } = importGraphs(pairs.map(([from, to]) => ({ from, to })));
  assert.deepEqual(cyclesOf(folders), [["store/dialects", "store/queries"]]);
});
