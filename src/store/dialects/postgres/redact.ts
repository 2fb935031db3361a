/**
 * redact() (store/redact.ts) as PostgreSQL functions, for the reader views
 * of dialects/postgres/reader.ts. They give the same text as redact() for
 * the same input (postgres-redact.test.ts compares them):
 * - spans are JavaScript (UTF-16) offsets; PostgreSQL counts code points, so
 *   a text with a character outside the BMP ("😀", two units in JavaScript)
 *   is read through a map from units to code points, and a masked character
 *   outside the BMP becomes two "█", as in JavaScript;
 * - names are matched as whole words, case-insensitively, with the
 *   separators namePattern allows. Case and "letter or digit" are read
 *   through ICU (collation "und-x-icu") when the server has it, so they do
 *   not depend on the database's locale ("É" is "é"); without ICU, through
 *   the database's own locale.
 */

/** The characters JavaScript's \s and trim() know, as a PostgreSQL bracket expression's content. */
const JS_SPACE = String.raw`\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff`;

/** The functions, created in `schema` (a reader schema): dossier_json, dossier_string_list, dossier_name_pattern, dossier_mask, dossier_source, dossier_redact. */
export function redactFunctionsSql(schema: string, collation: string): string[] {
  const s = `"${schema}"`;
  const c = `COLLATE "${collation}"`;
  return [
    // JSON.parse that gives NULL instead of failing: a bad column masks nothing rather than failing a read.
    // Its exception block is a subtransaction, which a parallel plan may not start: these functions are PARALLEL UNSAFE (the default)
    `CREATE FUNCTION ${s}.dossier_json(value text) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
      BEGIN RETURN value::jsonb; EXCEPTION WHEN others THEN RETURN NULL; END $$`,
    // the strings of a JSON array (aliases), read leniently
    `CREATE FUNCTION ${s}.dossier_string_list(value text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
      SELECT e #>> '{}' FROM jsonb_array_elements(CASE WHEN jsonb_typeof(${s}.dossier_json(value)) = 'array' THEN ${s}.dossier_json(value) ELSE '[]' END) e
      WHERE jsonb_typeof(e) = 'string' $$`,
    // what every occurrence of one of the names starts with (each name's first part, any case, through the same
    // collation as dossier_redact): a text this does not match holds none of them, and is not worth masking
    `CREATE FUNCTION ${s}.dossier_name_pattern(names text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT string_agg(DISTINCT regexp_replace(x.p, '([.*+?^$\\{\\}()|\\[\\]\\\\])', '\\\\\\1', 'g'), '|')
      FROM unnest(coalesce(names, '{}')) n,
        LATERAL (SELECT (ARRAY(SELECT q FROM unnest(regexp_split_to_array(n, '[${JS_SPACE}\\-_]+')) q WHERE q <> ''))[1] AS p) x
      WHERE x.p IS NOT NULL $$`,
    // shownSource() (store/shown-source.ts): a URL as it is, a file by its name without the server's path
    `CREATE FUNCTION ${s}.dossier_source(source text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE WHEN source ~* '^[a-z][a-z0-9+.-]*://' THEN source
        ELSE coalesce(nullif(regexp_replace(regexp_replace(source, '[/\\\\]+$', ''), '^.*[/\\\\]', ''), ''), source) END $$`,
    `CREATE FUNCTION ${s}.dossier_redact(body text, mentions text[], names text[]) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
    DECLARE
      chars text[];
      masked int[] := '{}';
      unit_cp int[];
      units int := 0;
      outside_bmp boolean;
      lists jsonb;
      span jsonb;
      name text;
      parts text[];
      pattern text;
      at int;
      found int;
      stop int;
      i int;
    BEGIN
      IF body IS NULL THEN RETURN NULL; END IF;
      chars := string_to_array(body, NULL);
      outside_bmp := body ~ '[\\U00010000-\\U0010FFFF]';
      IF outside_bmp THEN
        unit_cp := '{}';
        FOR i IN 1 .. coalesce(array_length(chars, 1), 0) LOOP
          unit_cp := unit_cp || i;
          IF ascii(chars[i]) > 65535 THEN unit_cp := unit_cp || i; END IF;
        END LOOP;
        units := coalesce(array_length(unit_cp, 1), 0);
      ELSE
        units := coalesce(array_length(chars, 1), 0);
      END IF;
      -- spans: [[{start, end}…]…], one list per hidden row, flattened one level as spansOf() does
      FOREACH lists IN ARRAY (SELECT coalesce(array_agg(${s}.dossier_json(m)), '{}') FROM unnest(coalesce(mentions, '{}')) m) LOOP
        CONTINUE WHEN lists IS NULL;
        FOR span IN SELECT e FROM jsonb_array_elements(CASE WHEN jsonb_typeof(lists) = 'array' THEN lists ELSE jsonb_build_array(lists) END) e LOOP
          CONTINUE WHEN jsonb_typeof(span) <> 'object' OR jsonb_typeof(span->'start') IS DISTINCT FROM 'number' OR jsonb_typeof(span->'end') IS DISTINCT FROM 'number';
          CONTINUE WHEN (span->>'start')::numeric <> trunc((span->>'start')::numeric) OR (span->>'end')::numeric <> trunc((span->>'end')::numeric);
          at := greatest(0, least((span->>'start')::numeric, units));
          stop := greatest(0, least((span->>'end')::numeric, units));
          FOR i IN at .. stop - 1 LOOP
            masked := masked || CASE WHEN outside_bmp THEN unit_cp[i + 1] ELSE i + 1 END;
          END LOOP;
        END LOOP;
      END LOOP;
      -- names: every occurrence of each, overlapping ones too, as whole words ("Pak Chol Su" also as pak-chol-su, Pak_Chol_Su, Pak%20Chol%20Su)
      FOR name IN SELECT DISTINCT n FROM unnest(coalesce(names, '{}')) n WHERE n IS NOT NULL LOOP
        name := regexp_replace(name, '^[${JS_SPACE}]+|[${JS_SPACE}]+$', '', 'g');
        -- length in UTF-16 units, as JavaScript counts it
        CONTINUE WHEN char_length(name) + (SELECT count(*) FROM regexp_matches(name, '[\\U00010000-\\U0010FFFF]', 'g')) < 2;
        parts := ARRAY(SELECT regexp_replace(p, '([.*+?^$\\{\\}()|\\[\\]\\\\])', '\\\\\\1', 'g')
          FROM unnest(regexp_split_to_array(name, '[${JS_SPACE}\\-_]+')) p WHERE p <> '');
        CONTINUE WHEN cardinality(parts) = 0;
        pattern := '(?<![[:alnum:]])(?:' || array_to_string(parts, '(?:[${JS_SPACE}\\-_+]|%20)+') || ')(?![[:alnum:]])';
        at := 1;
        LOOP
          found := regexp_instr(body ${c}, pattern, at, 1, 0, 'i');
          EXIT WHEN found = 0;
          stop := regexp_instr(body ${c}, pattern, found, 1, 1, 'i');
          FOR i IN found .. stop - 1 LOOP masked := masked || i; END LOOP;
          at := found + 1;
        END LOOP;
      END LOOP;
      IF cardinality(masked) = 0 THEN RETURN body; END IF;
      FOREACH i IN ARRAY ARRAY(SELECT DISTINCT m FROM unnest(masked) m) LOOP
        IF chars[i] <> E'\\n' THEN
          chars[i] := CASE WHEN ascii(chars[i]) > 65535 THEN '██' ELSE '█' END;
        END IF;
      END LOOP;
      RETURN array_to_string(chars, '');
    END $$`,
    // a field masked with the hidden names, read only when it may hold one (the reader views call it for every field but the text)
    `CREATE FUNCTION ${s}.dossier_mask(body text, names text[], pattern text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE WHEN body IS NULL OR names IS NULL OR pattern IS NULL OR NOT (body ${c} ~* pattern) THEN body
        ELSE ${s}.dossier_redact(body, '{}', names) END $$`,
  ];
}
