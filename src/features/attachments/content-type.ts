/**
 * The media type of a file, told from its first bytes: what the client says is not trusted, since the type decides
 * how a browser treats the download. Only types recognised by their signature are named; any other text is plain
 * text (never HTML or SVG: a served HTML file would run in Helpline's origin), anything else is octet-stream.
 */
const SIGNATURES: { type: string; at?: number; bytes: number[] | string }[] = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: 'GIF87a' },
  { type: 'image/gif', bytes: 'GIF89a' },
  { type: 'image/bmp', bytes: 'BM' },
  { type: 'application/pdf', bytes: '%PDF-' },
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: 'application/gzip', bytes: [0x1f, 0x8b] },
  { type: 'video/mp4', at: 4, bytes: 'ftyp' },
  { type: 'audio/mpeg', bytes: 'ID3' },
  { type: 'application/ogg', bytes: 'OggS' },
];

/** How many leading bytes `sniffContentType` looks at. */
export const SNIFF_BYTES = 512;

const startsWith = (head: Buffer, at: number, bytes: number[] | string): boolean => {
  const expected = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return head.length >= at + expected.length && head.subarray(at, at + expected.length).equals(expected);
};

const isRiffOf = (head: Buffer, format: string): boolean => startsWith(head, 0, 'RIFF') && startsWith(head, 8, format);

/** C0 controls and DEL. */
export const isControlCharacter = (c: string): boolean => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f;

/** The controls plain text is made of: tab, newline, form feed, carriage return. */
const TEXT_CONTROLS = new Set(['\t', '\n', '\f', '\r']);

/** UTF-8 text without NUL or other control characters but tab, newline, carriage return and form feed. */
function looksLikeText(head: Buffer, whole: boolean): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // A sample cut from a longer file may end inside a multi-byte character: up to three bytes may be left over.
  for (let drop = 0; drop <= (whole ? 0 : 3) && drop < head.length; drop++) {
    try {
      const text = decoder.decode(head.subarray(0, head.length - drop));
      return !Array.from(text).some((c) => isControlCharacter(c) && !TEXT_CONTROLS.has(c));
    } catch {
      // not UTF-8 this far: try without the last byte
    }
  }
  return false;
}

/** The media type of a file from its first bytes (`whole`: the head is the entire file). */
export function sniffContentType(head: Buffer, whole: boolean): string {
  for (const { type, at, bytes } of SIGNATURES) if (startsWith(head, at ?? 0, bytes)) return type;
  if (isRiffOf(head, 'WEBP')) return 'image/webp';
  if (isRiffOf(head, 'WAVE')) return 'audio/wav';
  if (head.length > 0 && looksLikeText(head, whole)) return 'text/plain; charset=utf-8';
  return 'application/octet-stream';
}
