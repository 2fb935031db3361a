import { z } from "zod";

/** An OpenAPI 3.0 schema object (the subset the API's zod schemas produce). */
export type OpenApiSchema = { [key: string]: unknown };

type Check = { kind: string; value?: number; inclusive?: boolean };

function numberSchema(def: z.ZodNumberDef): OpenApiSchema {
  const out: OpenApiSchema = { type: "number" };
  for (const c of def.checks as Check[]) {
    if (c.kind === "int") out.type = "integer";
    if (c.kind === "min") Object.assign(out, { minimum: c.value }, c.inclusive ? {} : { exclusiveMinimum: true });
    if (c.kind === "max") Object.assign(out, { maximum: c.value }, c.inclusive ? {} : { exclusiveMaximum: true });
  }
  return out;
}

function stringSchema(def: z.ZodStringDef): OpenApiSchema {
  const out: OpenApiSchema = { type: "string" };
  for (const c of def.checks as Check[]) {
    if (c.kind === "min") out.minLength = c.value;
    if (c.kind === "max") out.maxLength = c.value;
  }
  return out;
}

/** An object's properties, and which of them a client must send. */
export function objectSchema(schema: z.AnyZodObject): OpenApiSchema {
  const properties: Record<string, OpenApiSchema> = {};
  const required: string[] = [];
  for (const [key, value] of Object.entries(schema.shape as z.ZodRawShape)) {
    properties[key] = toOpenApi(value);
    if (!value.isOptional()) required.push(key);
  }
  return { type: "object", properties, ...(required.length ? { required } : {}) };
}

/** The core of a schema, before its description is added. */
function convert(schema: z.ZodTypeAny): OpenApiSchema {
  if (schema instanceof z.ZodString) return stringSchema(schema._def);
  if (schema instanceof z.ZodNumber) return numberSchema(schema._def);
  if (schema instanceof z.ZodBoolean) return { type: "boolean" };
  if (schema instanceof z.ZodEnum) return { type: "string", enum: [...schema.options] };
  if (schema instanceof z.ZodArray) return { type: "array", items: toOpenApi(schema.element) };
  if (schema instanceof z.ZodObject) return objectSchema(schema);
  if (schema instanceof z.ZodRecord) return { type: "object", additionalProperties: toOpenApi(schema.valueSchema) };
  if (schema instanceof z.ZodNullable) return { ...toOpenApi(schema.unwrap()), nullable: true };
  if (schema instanceof z.ZodOptional) return toOpenApi(schema.unwrap());
  if (schema instanceof z.ZodDefault) return { ...toOpenApi(schema.removeDefault()), default: schema._def.defaultValue() };
  if (schema instanceof z.ZodEffects) return toOpenApi(schema.innerType());
  if (schema instanceof z.ZodUnknown || schema instanceof z.ZodAny) return {};
  throw new Error(`zod-to-openapi: no OpenAPI form for ${(schema._def as { typeName?: string }).typeName}`);
}

/** The OpenAPI 3.0 form of a zod schema; descriptions carry over. */
export function toOpenApi(schema: z.ZodTypeAny): OpenApiSchema {
  const out = convert(schema);
  return schema.description && !out.description ? { ...out, description: schema.description } : out;
}
