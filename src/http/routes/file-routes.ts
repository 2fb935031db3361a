import { z } from "zod";
import { EXPORT_FORMATS, exportKnowledgeBase } from "../../services/export/export-knowledge-base.js";
import { defineRoute, type ApiRoute } from "../api-route.js";
import { EXPORT_MEDIA, presentExport } from "../presenters/export.js";

/** The whole knowledge base as a file. */
export const exportRoute: ApiRoute = defineRoute({
  method: "get", path: "/export", name: "exportKnowledgeBase", tag: "export",
  summary: "The knowledge base as FollowTheMoney JSON lines, one CSV, or JSON {people, events}",
  query: z.object({ format: z.enum(EXPORT_FORMATS).describe("ftm, csv or json") }).strict(),
  response: z.string(), produces: Object.values(EXPORT_MEDIA).map((m) => m.contentType),
  handle: async (store, { query }) => presentExport(query.format, await exportKnowledgeBase(store, query.format)),
});

/** GET /openapi.json: the document built from the routes `all()` gives (this one among them). */
export const openApiRoute = (document: () => unknown): ApiRoute => defineRoute({
  method: "get", path: "/openapi.json", name: "openApi", tag: "meta", summary: "This API described as OpenAPI 3.0",
  response: z.record(z.unknown()),
  handle: async () => document(),
});
