import { before, after } from "node:test";
import { openStore, type Store } from "../open-store.js";
import { tempFixtureKb } from "./kb-fixture.js";

/** Registers before/after hooks that build the fixture knowledge base and open it; the store is ready inside tests. */
export function useFixtureStore(): { readonly store: Store; readonly file: string } {
  let kb: Awaited<ReturnType<typeof tempFixtureKb>>;
  let store: Store;
  before(async () => {
    kb = await tempFixtureKb();
    store = await openStore(kb.file);
  });
  after(async () => {
    await store.close();
    kb.remove();
  });
  return { get store() { return store; }, get file() { return kb.file; } };
}
