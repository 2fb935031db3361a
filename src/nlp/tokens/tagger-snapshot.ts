import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * wink's English model as wink's own loader leaves it, stored at build time
 * and read back at start-up. wink's loader deep-copies a 3 MB JSON model,
 * decodes two tables from base64 and fills an object with 87,593 lexeme
 * keys on every start, about 0.1 s; the snapshot keeps the tables decoded in
 * a binary file and the lexemes as their list, looked up through a Map.
 *
 * Written generically from the loaded model, so that nothing of wink's
 * format is restated here: typed arrays go to the binary file, Sets become
 * arrays, objects without a prototype (wink's lookup tables) are marked, and
 * the one table large enough to matter, `features.lexeme.hash`, is left out
 * and rebuilt from `features.lexeme.list`, whose positions it holds.
 */

type Path = string[];
interface Header {
  /** The model package's version: a snapshot of another is not used. */
  version: string;
  typed: { path: Path; offset: number; length: number }[];
  /** Arrays whose elements were Sets. */
  setLists: Path[];
  nullPrototype: Path[];
}

const LEXEME_HASH: Path = ["features", "lexeme", "hash"];
const LEXEME_LIST: Path = ["features", "lexeme", "list"];
const FILES = { header: "header.json", model: "model.json", tables: "tables.bin" };

const at = (root: any, path: Path): any => path.reduce((o, key) => o[key], root);
const samePath = (a: Path, b: Path): boolean => a.length === b.length && a.every((k, i) => k === b[i]);

/** Writes the snapshot of `core` (wink's loaded core model) into `dir`, whole or not at all. */
export function writeTaggerSnapshot(core: object, version: string, dir: string): void {
  const header: Header = { version, typed: [], setLists: [], nullPrototype: [] };
  const tables: Buffer[] = [];
  let offset = 0;
  const encode = (value: unknown, path: Path): unknown => {
    if (samePath(path, LEXEME_HASH)) return null;
    if (ArrayBuffer.isView(value)) {
      if (!(value instanceof Uint32Array)) throw new Error(`tagger snapshot: ${path.join(".")} is a ${value.constructor.name}, not a Uint32Array`);
      header.typed.push({ path, offset, length: value.length });
      tables.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
      offset += value.byteLength;
      return null;
    }
    if (Array.isArray(value)) {
      if (value.length && value.every((v) => v instanceof Set)) {
        header.setLists.push(path);
        return value.map((set: Set<unknown>) => [...set]);
      }
      return value.some((v) => v !== null && typeof v === "object") ? value.map((v, i) => encode(v, [...path, String(i)])) : value;
    }
    if (value instanceof Set || value instanceof Map || typeof value === "function") throw new Error(`tagger snapshot: cannot store ${path.join(".")}`);
    if (value === null || typeof value !== "object") return value;
    if (Object.getPrototypeOf(value) === null) header.nullPrototype.push(path);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v, [...path, k])]));
  };
  const model = JSON.stringify(encode(core, []));
  const staging = `${dir}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, FILES.model), model);
  writeFileSync(join(staging, FILES.tables), Buffer.concat(tables));
  writeFileSync(join(staging, FILES.header), JSON.stringify(header));
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
}

/** The version a snapshot in `dir` was written for, or undefined when there is none. */
export function taggerSnapshotVersion(dir: string): string | undefined {
  const file = join(dir, FILES.header);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Header).version : undefined;
}

/** The core model stored in `dir`, or undefined when there is none for `version`. */
export function readTaggerSnapshot(dir: string, version: string): object | undefined {
  if (taggerSnapshotVersion(dir) !== version) return undefined;
  const header = JSON.parse(readFileSync(join(dir, FILES.header), "utf8")) as Header;
  const model = JSON.parse(readFileSync(join(dir, FILES.model), "utf8"));
  const bytes = readFileSync(join(dir, FILES.tables));
  // a copy of its own, aligned for Uint32Array (a Buffer may sit at any offset of a shared pool)
  const tables = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const put = (path: Path, value: unknown) => { at(model, path.slice(0, -1))[path[path.length - 1]] = value; };
  for (const t of header.typed) put(t.path, new Uint32Array(tables, t.offset, t.length));
  for (const path of header.setLists) put(path, (at(model, path) as unknown[][]).map((items) => new Set(items)));
  for (const path of header.nullPrototype) if (!samePath(path, LEXEME_HASH)) Object.setPrototypeOf(at(model, path), null);
  put(LEXEME_HASH, lexemeTable(at(model, LEXEME_LIST) as string[]));
  return model;
}

/**
 * The lexeme -> position table wink reads (`hash[word]`) and adds words to
 * (`hash[word] = position`), over a Map: filling a Map of 87,593 words takes
 * a tenth of the time of an object's, and wink does nothing else with it.
 */
function lexemeTable(list: readonly string[]): Record<string, number> {
  const positions = new Map<string, number>();
  for (let i = 0; i < list.length; i++) positions.set(list[i], i);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, word) => (typeof word === "string" ? positions.get(word) : undefined),
    set: (_, word, position) => (typeof word === "string" && positions.set(word, position), true),
    has: (_, word) => typeof word === "string" && positions.has(word),
  });
}
