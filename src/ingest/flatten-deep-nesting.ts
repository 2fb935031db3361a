import { SKIPPED } from "./html-text.js";

/** Deeper than any article needs: news pages nest their text 10 to 40 elements deep. */
export const MAX_DEPTH = 100;

/**
 * Keeps a page at most MAX_DEPTH elements deep, so that nothing after it
 * recurses without bound or slows down with depth: "<div>" × 10,000 around a
 * paragraph overflowed the stack, and Readability's cleaning takes time
 * cubic in depth (500 levels took 4 s). Every element below that depth is
 * replaced by its children between two spaces, so its text stays and no two
 * words are glued; elements whose content is never article text (script,
 * style, svg …) are dropped there instead. (Offsets of text merged there are
 * approximate, as for any text not found verbatim in the source.)
 */
export function flattenDeepNesting(root: Element, maxDepth = MAX_DEPTH): void {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth >= maxDepth) flattenBelow(element);
    else for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
}

const ELEMENT_NODE = 1;

/** Unwraps every element under `element`, left to right, without recursion. */
function flattenBelow(element: Element): void {
  let node = element.firstChild;
  while (node) {
    if (node.nodeType !== ELEMENT_NODE) {
      node = node.nextSibling;
      continue;
    }
    const child = node as Element;
    // The unwrapped element's first child is looked at next, now one level up.
    node = child.firstChild ?? child.nextSibling;
    if (SKIPPED.has(child.tagName.toUpperCase())) {
      node = child.nextSibling;
      child.remove();
    } else child.replaceWith(" ", ...Array.from(child.childNodes), " ");
  }
  // The spaces and the texts they separate become one text node each: later passes read text nodes one by one.
  element.normalize();
}
