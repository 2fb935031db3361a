import type { ApiRoute } from "./api-route.js";
import { openApiDocument } from "./openapi.js";
import { exportRoute, openApiRoute } from "./routes/file-routes.js";
import { KB_ROUTES } from "./routes/kb-routes.js";
import { FACT_ROUTES } from "./routes/fact-routes.js";
import { REVIEW_ROUTES } from "./routes/review-routes.js";

let document: unknown;

/** Every route of the JSON API. The router and GET /openapi.json are both built from this list. */
export const API_ROUTES: readonly ApiRoute[] = [
  ...KB_ROUTES,
  ...REVIEW_ROUTES,
  ...FACT_ROUTES,
  exportRoute,
  openApiRoute(() => (document ??= openApiDocument(API_ROUTES))),
];
