import type { Doc, LayerName } from "../text/doc.js";

/**
 * A pipeline component: a plain object made by a factory. It declares the
 * layers it needs and the ones it sets, so that a pipeline can be checked
 * before it runs. `version` changes whenever its output may change, so that
 * stored results of an older version can be recomputed: the components in
 * components/ derive it from their code and data, so it changes by itself.
 */
export interface Component {
  name: string;
  /** A hash of the component's code and data (see component-version.ts), or any string in tests. */
  readonly version: string;
  requires: LayerName[];
  assigns: LayerName[];
  run(doc: Doc): void;
}
