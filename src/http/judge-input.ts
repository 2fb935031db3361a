import { z } from "zod";
import { LOCAL_USER, type Viewer } from "../services/access/access.js";

/** Who judges, as a body gives it. */
export const BY = z.string().trim().min(1).max(100).default("analyst").describe("who judges (default analyst; the signed-in user with --auth)");

/** The name a judgement is logged under: the signed-in user's; without sign-in (a local server), the one the body gives. */
export const judgeName = (viewer: Viewer, given: string): string => (viewer.name === LOCAL_USER.name ? given : viewer.name);
