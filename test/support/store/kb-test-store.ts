import { before, after } from "node:test";
import type { DialectName } from "../../../src/store/dialects/dialect-of.js";
import { openStore, type Store } from "../../../src/store/open-store.js";
import { tempFixtureKb } from "./kb-fixture.js";

/** Registers before/after hooks that build the fixture knowledge base on `dialect` and open it; the store is ready inside tests. */
export function useFixtureStore(dialect: DialectName): { readonly store: Store; readonly location: string } {
  let kb: Awaited<ReturnType<typeof tempFixtureKb>>;
  let store: Store;
  before(async () => {
    kb = await tempFixtureKb(dialect);
    store = await openStore(kb.location);
  });
  after(async () => {
    await store.close();
    await kb.remove();
  });
  return { get store() { return store; }, get location() { return kb.location; } };
}
