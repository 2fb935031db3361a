import type { Doc, LayerName } from "../text/doc.js";
import type { Component } from "./component.js";

export interface Pipeline {
  components: readonly Component[];
  /** "name@version" of every component, recorded with stored results. */
  versions: string[];
  run(doc: Doc): Doc;
}

/** Checks that every component's requirements are assigned by one before it, then returns the runner. */
export function createPipeline(components: Component[]): Pipeline {
  const available = new Set<LayerName>();
  for (const c of components) {
    for (const need of c.requires) {
      if (!available.has(need)) throw new Error(`pipeline: component "${c.name}" requires layer "${need}", which no earlier component assigns`);
    }
    for (const layer of c.assigns) available.add(layer);
  }
  return {
    components,
    get versions() { return components.map((c) => `${c.name}@${c.version}`); },
    run(doc) {
      for (const c of components) {
        try {
          c.run(doc);
        } catch (err) {
          // One failing component must not lose the document: record and go on.
          doc.problems.push({ code: "component_failed", message: `${c.name}: ${(err as Error).message}` });
          for (const layer of c.assigns) doc.layers[layer] ??= [] as never;
        }
      }
      return doc;
    },
  };
}
