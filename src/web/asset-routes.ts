import { Hono } from "hono";
import { APP_JS } from "./assets/app-js.js";
import { FAVICON_SVG } from "./assets/favicon-svg.js";
import { STYLE_CSS } from "./assets/style-css.js";

const ASSETS = new Map([
  ["style.css", { body: STYLE_CSS, type: "text/css; charset=utf-8" }],
  ["app.js", { body: APP_JS, type: "text/javascript; charset=utf-8" }],
  ["favicon.svg", { body: FAVICON_SVG, type: "image/svg+xml" }],
]);

/** /assets/: the pages' only stylesheet, script and icon, so the CSP can stay 'self'. */
export function assetRoutes(): Hono {
  const app = new Hono();
  app.get("/assets/:name", (c) => {
    const asset = ASSETS.get(c.req.param("name"));
    if (!asset) return c.notFound();
    return c.body(asset.body, 200, { "Content-Type": asset.type, "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" });
  });
  return app;
}
