import { AsyncLocalStorage } from "node:async_hooks";
import { LOCAL_USER, type Viewer } from "../services/access/access.js";
import { html, type Html } from "./html.js";

const current = new AsyncLocalStorage<Viewer>();

/** Runs one request's handler with its viewer at hand for the layout and every form. */
export const withViewer = <T>(viewer: Viewer, run: () => Promise<T>): Promise<T> => current.run(viewer, run);

/** Who the page is drawn for; outside a request, the local owner. */
export const currentViewer = (): Pick<Viewer, "name" | "role" | "csrf"> => current.getStore() ?? LOCAL_USER;

/** True on a server with sign-in (a session or token identifies the viewer). */
export const signedIn = (): boolean => currentViewer().name !== LOCAL_USER.name;

/** The hidden field every POST form carries when the viewer has a session: the server refuses a POST without it. */
export function csrfField(): Html {
  const token = currentViewer().csrf;
  return token ? html`<input type="hidden" name="csrf" value="${token}">` : html``;
}
