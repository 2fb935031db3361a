/**
 * Maps offsets in a cleaned text back to offsets in the raw input it came
 * from. Built as the cleaner copies or drops pieces of the raw input.
 *
 * The map is a list of segments in text order. A *copied* segment is a run of
 * text characters equal to a run of raw characters; a character inside it maps
 * exactly. An *inserted* segment holds characters the cleaner produced (a
 * space for "&nbsp,", "é" for "&eacute;"); they all map to the segment's
 * anchor, the start of the raw piece they replace. Raw characters that were
 * dropped simply have no segment.
 */
export interface OffsetMap {
  /** Offset in the raw input of the character at `offset` in the cleaned text. */
  toRaw(offset: number): number;
}

export const identityMap: OffsetMap = { toRaw: (offset) => offset };

/** One run of text characters; `copied` runs map one to one onto the raw input. */
export interface Segment {
  textStart: number;
  rawStart: number;
  length: number;
  copied: boolean;
}

/** An offset map made of segments, answering `toRaw` by binary search. */
export class SegmentMap implements OffsetMap {
  private readonly starts: number[];

  constructor(
    readonly segments: readonly Segment[],
    /** Length of the cleaned text. */
    readonly textLength: number,
    /** Where the end of the text (offset `textLength`) maps to, for end-exclusive spans. */
    readonly rawEnd: number,
  ) {
    this.starts = segments.map((s) => s.textStart);
  }

  toRaw(offset: number): number {
    offset = Math.max(0, offset);
    const segment = this.segmentAt(offset);
    if (!segment) return this.rawEnd;
    return segment.copied ? segment.rawStart + (offset - segment.textStart) : segment.rawStart;
  }

  /** True when the character at `offset` was copied from the raw input unchanged. */
  isCopied(offset: number): boolean {
    return offset >= 0 && this.segmentAt(offset)?.copied === true;
  }

  /** The segment holding the character at `offset`, if any. */
  segmentAt(offset: number): Segment | undefined {
    if (offset >= this.textLength || this.segments.length === 0) return undefined;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.segments[lo];
  }
}

/** Records, in text order, which characters were copied and which were produced. */
export class OffsetMapBuilder {
  private readonly segments: Segment[] = [];
  private length = 0;
  private rawEnd = 0;

  /** Length of the text described so far. */
  get textLength(): number {
    return this.length;
  }

  /** `length` characters copied unchanged from the raw input at `rawStart`. */
  copy(rawStart: number, length: number): this {
    if (length <= 0) return this;
    const last = this.segments[this.segments.length - 1];
    if (last && last.copied && last.rawStart + last.length === rawStart) last.length += length;
    else this.segments.push({ textStart: this.length, rawStart, length, copied: true });
    this.length += length;
    this.rawEnd = rawStart + length;
    return this;
  }

  /** `length` produced characters standing for the raw piece at `rawAnchor` (of `rawLength` characters). */
  insert(length: number, rawAnchor: number, rawLength = 0): this {
    if (length <= 0) return this;
    const last = this.segments[this.segments.length - 1];
    if (last && !last.copied && last.rawStart === rawAnchor) last.length += length;
    else this.segments.push({ textStart: this.length, rawStart: rawAnchor, length, copied: false });
    this.length += length;
    this.rawEnd = Math.max(this.rawEnd, rawAnchor + rawLength);
    return this;
  }

  /** Appends the segments of `map`, as the text it describes follows the text built so far. */
  append(map: SegmentMap): this {
    for (const segment of map.segments) {
      if (segment.copied) this.copy(segment.rawStart, segment.length);
      else this.insert(segment.length, segment.rawStart);
    }
    this.rawEnd = Math.max(this.rawEnd, map.rawEnd);
    return this;
  }

  /** The map; `rawEnd` is where the end of the text maps to (default: the end of the last segment). */
  build(rawEnd?: number): SegmentMap {
    return new SegmentMap(
      this.segments.map((s) => ({ ...s })),
      this.length,
      rawEnd ?? this.rawEnd,
    );
  }
}

/**
 * Chains two maps: `outer` maps the final text to an intermediate text and
 * `inner` maps that intermediate text to the raw input. Segment maps are
 * flattened into one segment map, so lookups stay a single binary search.
 */
export function composeMaps(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  if (outer === identityMap) return inner;
  if (inner === identityMap) return outer;
  if (!(outer instanceof SegmentMap && inner instanceof SegmentMap)) {
    return { toRaw: (offset) => inner.toRaw(outer.toRaw(offset)) };
  }
  const builder = new OffsetMapBuilder();
  for (const segment of outer.segments) {
    if (segment.copied) copyThrough(builder, inner, segment.rawStart, segment.length);
    else builder.insert(segment.length, inner.toRaw(segment.rawStart));
  }
  return builder.build(inner.toRaw(outer.rawEnd));
}

/** Adds `length` characters that sit at `midStart` in the intermediate text, split along `inner`'s segments. */
function copyThrough(builder: OffsetMapBuilder, inner: SegmentMap, midStart: number, length: number): void {
  let offset = midStart;
  const end = midStart + length;
  while (offset < end) {
    const segment = inner.segmentAt(offset);
    if (!segment) {
      builder.insert(end - offset, inner.rawEnd);
      return;
    }
    const run = Math.min(end, segment.textStart + segment.length) - offset;
    if (segment.copied) builder.copy(segment.rawStart + (offset - segment.textStart), run);
    else builder.insert(run, segment.rawStart);
    offset += run;
  }
}
