import { test } from "node:test";
import assert from "node:assert/strict";
import { z } from "zod";
import { toOpenApi } from "./zod-to-openapi.js";

test("zod schemas become OpenAPI 3.0 schemas", () => {
  const schema = z.object({
    id: z.coerce.number().int().min(1).describe("an id"),
    name: z.string().min(1).max(9),
    at: z.string().nullable(),
    tags: z.array(z.enum(["a", "b"])).optional(),
    n: z.number().default(3),
    ok: z.boolean(),
    extra: z.record(z.unknown()),
  }).strict();
  assert.deepEqual(toOpenApi(schema), {
    type: "object",
    properties: {
      id: { type: "integer", minimum: 1, description: "an id" },
      name: { type: "string", minLength: 1, maxLength: 9 },
      at: { type: "string", nullable: true },
      tags: { type: "array", items: { type: "string", enum: ["a", "b"] } },
      n: { type: "number", default: 3 },
      ok: { type: "boolean" },
      extra: { type: "object", additionalProperties: {} },
    },
    required: ["id", "name", "at", "ok", "extra"],
  });
});

test("a refined schema is described by what it refines; an unknown kind is an error, not a silent gap", () => {
  assert.deepEqual(toOpenApi(z.object({ a: z.string() }).refine(() => true)), { type: "object", properties: { a: { type: "string" } }, required: ["a"] });
  assert.throws(() => toOpenApi(z.date()), /no OpenAPI form for ZodDate/);
});
