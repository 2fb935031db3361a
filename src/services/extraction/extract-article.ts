import { createDoc, type Doc, type PartialDate } from "../../text/doc.js";
import { defaultPipeline } from "../../nlp/registry.js";
import type { Pipeline } from "../../nlp/pipeline.js";

let pipeline: Pipeline | undefined;
/** The pipeline is built once per process; its components load their data lazily. */
export const extractionPipeline = (): Pipeline => (pipeline ??= defaultPipeline());

/** Runs the extraction pipeline on one article's cleaned text. */
export function extractDoc(text: string, options: { id?: string; published?: PartialDate } = {}): Doc {
  return extractionPipeline().run(createDoc(text, options));
}
