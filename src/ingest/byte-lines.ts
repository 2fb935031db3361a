/** One line of a byte stream, numbered from 1, without its line feed. */
export interface ByteLine {
  number: number;
  size: number;
  /** The line's bytes; absent when the line is longer than the limit, so that it is never held in memory. */
  bytes?: Buffer;
}

/** Splits a byte stream into lines at "\n", keeping at most `maxBytes` of any one line. */
export async function* byteLines(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 1;
  const add = (piece: Buffer): void => {
    size += piece.length;
    if (size <= maxBytes) parts.push(piece);
    else parts = [];
  };
  const finish = (): ByteLine => {
    const line: ByteLine = { number, size, bytes: size <= maxBytes ? Buffer.concat(parts) : undefined };
    parts = [];
    size = 0;
    number++;
    return line;
  };
  for await (const chunk of chunks) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let end = buffer.indexOf(10, start); end >= 0; end = buffer.indexOf(10, start)) {
      add(buffer.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    if (start < buffer.length) add(buffer.subarray(start));
  }
  if (size > 0) yield finish();
}
