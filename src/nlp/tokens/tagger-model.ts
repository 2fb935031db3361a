import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { packageRoot } from "../../model/paths.js";
import { readTaggerSnapshot } from "./tagger-snapshot.js";

const require = createRequire(import.meta.url);
const MODEL = "wink-eng-lite-web-model";

/** Where the build keeps the snapshot of wink's English model (scripts/build.mjs). */
export const TAGGER_SNAPSHOT_DIR = join(packageRoot, "dist", "tagger-model");

/** The installed model package's version, which a snapshot must have been written for. */
export const taggerModelVersion = (): string => (JSON.parse(readFileSync(require.resolve(`${MODEL}/package.json`), "utf8")) as { version: string }).version;

/**
 * The model wink-nlp is given: the package's own, whose parts other than the
 * core model are loaded one by one (its main file reads the 3 MB core model
 * as soon as it is loaded), with the core read from the build's snapshot
 * (tagger-snapshot.ts). Without a snapshot for the installed version, or if
 * the package's files have moved, the package's model as it is.
 */
export function taggerModel(snapshotDir = TAGGER_SNAPSHOT_DIR): object {
  try {
    const core = readTaggerSnapshot(snapshotDir, taggerModelVersion());
    if (core) return { ...modelParts(), core: () => core };
  } catch {
    // a damaged snapshot or a moved part: the package's own loader is always right
  }
  return require(MODEL) as object;
}

/** What the package's dist/model.js puts beside `core`, from the same files. */
function modelParts(): object {
  const part = (file: string) => require(`${MODEL}/dist/${file}.js`) as unknown;
  return {
    sbd: part("load-sbd-model"), pos: part("load-pos-model"), ner: part("load-ner-model"), negation: part("load-negation-model"),
    sa: part("load-sa-model"), metaCER: part("load-cer-meta-model"), featureFn: part("feature"),
    addons: Object.assign(Object.create(null), {
      stem: part("porter-stemmer"), lemmatize: part("lemmatize"), readabilityStats: part("readability-stats"), wordVectors: undefined,
    }),
  };
}
