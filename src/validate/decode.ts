/**
 * A feed file's bytes as text, the way a browser's fetch reads them: UTF-8.
 * A file saved as UTF-16 is no feed at all to the widget; one with bytes
 * that are not UTF-8 (Windows-1252, Latin-1) shows "�" for å, ä and ö, which
 * the validator points at.
 */

export type DecodedFeed =
  | {readonly text: string; readonly invalidUtf8: boolean}
  /** UTF-16, by its byte order mark: `encoding` names it for the message. */
  | {readonly encoding: string};

export function decodeFeed(bytes: Uint8Array): DecodedFeed {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {encoding: 'UTF-16 LE'};
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {encoding: 'UTF-16 BE'};
  try {
    return {text: new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes), invalidUtf8: false};
  } catch {
    return {text: new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes), invalidUtf8: true};
  }
}
