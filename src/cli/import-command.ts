/**
 * `medborgar-loften import PAGE [--lang sv|en]` (docs/cli.md): an existing
 * medborgarlöften page, as text or HTML, to a draft feed.
 *
 * The draft (JSON, 2-space indent) goes to standard output; the importer's
 * notes, the validator's findings on the draft and the count of sentences
 * kept go to standard error, one line each with its JSON path, in the
 * messages' language. Exit codes: 0 the draft validates without warnings
 * and needs no review; 1 it has warnings, review notes or problems; 2
 * nothing usable was found; 66 the page cannot be read (64, wrong usage, is
 * main.ts's).
 */
import {formatPath} from '../feed/index.js';
import {importPage} from '../import/index.js';
import {noteKindWord, noteMessage} from '../import/messages.js';
import {fileFailure, severityLabel, validateFeedText, type ToolLocale} from '../validate/index.js';
import type {Io} from './main.js';
import * as words from './messages.js';

export const IMPORT_EXIT = {ok: 0, review: 1, nothing: 2, noInput: 66} as const;

/** A saved page is UTF-8, or, from older Windows tools, Windows-1252. */
function decode(bytes: Uint8Array): {text: string; windows1252: boolean} {
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), windows1252: false};
  } catch {
    return {text: new TextDecoder('windows-1252').decode(bytes), windows1252: true};
  }
}

/**
 * Imports `file` ("-" for standard input). `label` is how the file is named
 * in the output; call inside the messages' language (main.ts does).
 */
export function runImport(file: string, label: string, lang: ToolLocale, io: Io): number {
  let bytes: Uint8Array;
  try {
    bytes = io.read(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'EIO';
    io.stderr(`${label}: ${fileFailure('unreadable', {reason}, {lang}).fatal!.message}\n`);
    return IMPORT_EXIT.noInput;
  }
  const {text, windows1252} = decode(bytes);
  if (windows1252) io.stderr(`${label}: ${words.readAsWindows1252()}\n`);

  const result = importPage(text);
  for (const note of result.notes) {
    const where = note.path.length > 0 ? formatPath(note.path) : words.wholePageLabel();
    io.stderr(`${label}: ${noteKindWord(note.kind)}: ${where}: ${noteMessage(note, lang)} [${note.code}]\n`);
  }
  io.stderr(`${label}: ${words.sentencesKept(result.sentences.kept, result.sentences.total, lang)}\n`);
  if (!result.feed) return IMPORT_EXIT.nothing;

  const json = `${JSON.stringify(result.feed, null, 2)}\n`;
  io.stdout(json);
  const check = validateFeedText(json, {lang});
  const findings = check.fatal ? [check.fatal, ...check.findings] : check.findings;
  for (const finding of findings) {
    io.stderr(`${label}: ${severityLabel(finding.severity, lang)}: ${finding.path}: ${finding.message} [${finding.code}]\n`);
  }
  const needsReview = result.notes.some((note) => note.kind !== 'guess');
  return findings.length > 0 || needsReview ? IMPORT_EXIT.review : IMPORT_EXIT.ok;
}
