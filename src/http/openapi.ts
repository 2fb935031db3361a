import { objectOf, type ApiRoute, type InputSchema } from "./api-route.js";
import { ErrorJson } from "./presenters/common.js";
import { objectSchema, toOpenApi, type OpenApiSchema } from "./zod-to-openapi.js";

/** "/people/:id" -> "/people/{id}". */
export const openApiPath = (path: string): string => path.replace(/:(\w+)/g, "{$1}");

function parameters(schema: InputSchema | undefined, where: "path" | "query"): OpenApiSchema[] {
  if (!schema) return [];
  const object = objectSchema(objectOf(schema));
  const required = new Set((object.required as string[] | undefined) ?? []);
  return Object.entries(object.properties as Record<string, OpenApiSchema>).map(([name, { description, ...schema }]) => ({
    name, in: where, required: where === "path" || required.has(name), schema, ...(description ? { description } : {}),
  }));
}

const ERROR_RESPONSE = { $ref: "#/components/responses/Error" };

function responses(route: ApiRoute): OpenApiSchema {
  const schema = toOpenApi(route.response);
  const types = route.produces ?? ["application/json"];
  const content = Object.fromEntries(types.map((t) => [t, { schema }]));
  return { [String(route.status ?? 200)]: { description: route.summary, content }, default: ERROR_RESPONSE };
}

function operation(route: ApiRoute): OpenApiSchema {
  return {
    operationId: route.name,
    summary: route.summary,
    tags: [route.tag],
    parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
    ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: toOpenApi(objectOf(route.body)) } } } } : {}),
    responses: responses(route),
  };
}

/** The OpenAPI 3.0 document of some routes, mounted under /api. */
export function openApiDocument(routes: readonly ApiRoute[]): OpenApiSchema {
  const paths: Record<string, Record<string, OpenApiSchema>> = {};
  for (const route of routes) (paths[openApiPath(route.path)] ??= {})[route.method] = operation(route);
  return {
    openapi: "3.0.3",
    info: { title: "dossier", version: "0.1.0", description: "People and events from news articles, every fact linked to the words of its source." },
    servers: [{ url: "/api" }],
    paths,
    components: {
      schemas: { Error: toOpenApi(ErrorJson) },
      responses: {
        Error: {
          description: "An error: usage (400), entity_not_found or not_found (404), forbidden (403), document_too_large (413), internal (500)",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
      },
    },
  };
}
