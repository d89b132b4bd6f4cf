/** A part that holds others: a multipart body (with its boundary) or an embedded message (without one). */
type Container = { boundary?: string };

const LF = 0x0a;
const DASH = 0x2d;

/** The media type and, for a multipart, the boundary a part's (unfolded) header block declares. */
function contentTypeOf(header: string): { type: string; boundary?: string } {
  const value = /^content-type:(.*)$/im.exec(header)?.[1] ?? '';
  const type = /^\s*([^;\s]+)/.exec(value)?.[1]?.toLowerCase() ?? '';
  const boundary = /;\s*boundary\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(value);
  return { type, boundary: (boundary?.[1] ?? boundary?.[2])?.trimEnd() || undefined };
}

/** The index in `open` of the multipart a delimiter line belongs to, and whether it closes it. */
function delimiterOf(line: string, open: Container[]): { index: number; closing: boolean } | undefined {
  const trimmed = line.trimEnd();
  for (let index = open.length - 1; index >= 0; index--) {
    const boundary = open[index]!.boundary;
    if (boundary === undefined) continue;
    if (trimmed === `--${boundary}`) return { index, closing: false };
    if (trimmed === `--${boundary}--`) return { index, closing: true };
  }
  return undefined;
}

/**
 * How deeply a raw message nests its MIME parts (multipart bodies and embedded messages), found by one pass over
 * its lines before it is parsed: the parser walks the tree recursively, and no real mail nests more than a handful
 * of levels. Counts generously (every message/rfc822 part is a level, whatever its encoding) and stops as soon as
 * the depth passes `stopAfter`.
 */
export function mimeNestingDepth(raw: Buffer, stopAfter: number): number {
  const open: Container[] = [];
  let deepest = 0;
  let header: string | undefined = '';
  for (let start = 0; start < raw.length && deepest <= stopAfter;) {
    let end = raw.indexOf(LF, start);
    if (end < 0) end = raw.length;
    const isDelimiterCandidate = raw[start] === DASH && raw[start + 1] === DASH;
    const line: string = header !== undefined || isDelimiterCandidate ? raw.toString('latin1', start, end) : '';
    start = end + 1;
    const delimiter: ReturnType<typeof delimiterOf> = isDelimiterCandidate ? delimiterOf(line, open) : undefined;
    if (delimiter) {
      open.length = delimiter.closing ? delimiter.index : delimiter.index + 1;
      header = delimiter.closing ? undefined : '';
    } else if (header !== undefined) {
      const text = line.replace(/\r$/, '');
      if (text !== '') {
        header += /^[ \t]/.test(text) ? text : `\n${text}`;
        continue;
      }
      const { type, boundary } = contentTypeOf(header);
      header = undefined;
      if (type.startsWith('multipart/') && boundary) open.push({ boundary });
      else if (type === 'message/rfc822') {
        open.push({});
        header = '';
      }
      deepest = Math.max(deepest, open.length);
    }
  }
  return deepest;
}
