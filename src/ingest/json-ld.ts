/** What the JSON-LD blocks of a page say about its article (schema.org NewsArticle and kin). */
export interface JsonLdFacts {
  datePublished?: string;
  headline?: string;
  author?: string;
  publisher?: string;
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Every object in the JSON-LD blocks, depth first, through arrays and "@graph". */
function collectObjects(value: unknown, into: JsonObject[], depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, into, depth + 1);
  } else if (isObject(value)) {
    into.push(value);
    for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"]) {
      collectObjects(value[key], into, depth + 1);
    }
  }
}

const typeOf = (object: JsonObject): string => [object["@type"]].flat().join(" ");

/** "Jo Kim", {name: "Jo Kim"}, [{name: "Jo Kim"}, {name: "Ann Lee"}] -> "Jo Kim, Ann Lee" */
function nameOf(value: unknown): string | undefined {
  const names = [value]
    .flat()
    .map((item) => (typeof item === "string" ? item : isObject(item) ? item.name : undefined))
    .filter((name): name is string => typeof name === "string" && name.trim() !== "");
  return names.length > 0 ? names.join(", ") : undefined;
}

const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value.trim() : undefined);

export function readJsonLd(document: Document): JsonLdFacts {
  const objects: JsonObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collectObjects(JSON.parse(script.textContent ?? ""), objects);
    } catch {
      // Broken JSON-LD is common; the other metadata still counts.
    }
  }
  const dated = objects.filter((o) => text(o.datePublished));
  const article =
    dated.find((o) => /Article|Posting|Report/.test(typeOf(o))) ??
    dated[0] ??
    objects.find((o) => /Article|Posting|Report/.test(typeOf(o)));
  if (!article) return {};
  return {
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    headline: text(article.headline),
    author: nameOf(article.author),
    publisher: nameOf(article.publisher),
  };
}
