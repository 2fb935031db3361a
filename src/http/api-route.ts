import { z } from "zod";
import type { Viewer } from "../services/access/access.js";
import type { Store } from "../store/open-store.js";

/** The schema of a path, query or body: an object of named fields. */
export type InputSchema = z.AnyZodObject | z.ZodEffects<z.AnyZodObject>;

/** The object schema inside a refined one. */
export const objectOf = (schema: InputSchema): z.AnyZodObject => (schema instanceof z.ZodEffects ? schema.innerType() : schema);

type Parsed<S> = S extends z.ZodTypeAny ? z.output<S> : Record<string, never>;

/** A response that is a file rather than JSON (the export). */
export interface FileBody { contentType: string; filename: string; body: string }

/**
 * One route of the JSON API: the router and the OpenAPI document are both
 * built from a list of these, so neither can describe a route the other lacks.
 */
export interface RouteSpec<P extends InputSchema | undefined, Q extends InputSchema | undefined, B extends InputSchema | undefined> {
  method: "get" | "post";
  /** Hono form, relative to /api: "/people/:id". */
  path: string;
  /** The OpenAPI operationId. */
  name: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The JSON the route answers with; tests check real responses against it. */
  response: z.ZodTypeAny;
  /** 201 for routes that append to the judgement log. */
  status?: 200 | 201;
  /** Media types of a file response; the handler then returns a FileBody. */
  produces?: readonly string[];
  /** Routes that change the knowledge base: who may call them. Others only read. */
  requires?: "judge" | "admin";
  /**
   * `store` is the knowledge base as the viewer's clearance shows it; a route
   * that changes it writes through `access.writer` and names `access.viewer`.
   */
  handle(store: Store, input: { params: Parsed<P>; query: Parsed<Q>; body: Parsed<B> }, access: RouteAccess): Promise<unknown>;
}

export type ApiRoute = RouteSpec<any, any, any>;

/** Who calls a route, and the unfiltered store a change is written to. */
export interface RouteAccess { viewer: Viewer; writer: Store }

/** Types a route's handler input from its schemas. */
export const defineRoute = <P extends InputSchema | undefined = undefined, Q extends InputSchema | undefined = undefined, B extends InputSchema | undefined = undefined>(
  spec: RouteSpec<P, Q, B>,
): ApiRoute => spec;
