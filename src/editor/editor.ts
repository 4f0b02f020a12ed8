/**
 * `<mle-editor>`: the editor application. It holds the document (with undo),
 * checks it with the validator as the person types, keeps a draft in the
 * browser, opens and saves files, and lays out the start page, the problem
 * list, the form, the live preview and the embed code.
 */
import {css, html, nothing, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {LANGUAGE_TAG} from '../feed/index.js';
import {importPage, type ImportNote} from '../import/index.js';
import {noteMessage} from '../import/messages.js';
import {AutosaveController, type DraftContent} from './autosave-controller.js';
import {DocumentController} from './document-controller.js';
import {DraftStore, type Draft} from './drafts.js';
import type {MleEmbedDialog} from './embed-dialog.js';
import {browserFiles, readFeedText, type FileAccess} from './files.js';
import type {FieldProblem} from './form/context.js';
import type {EditEventDetail, MleForm} from './form/form.js';
import {placeOf} from './form/places.js';
import {LocalizedElement, type UiLocale} from './localized-element.js';
import {anchorFor} from './model/anchors.js';
import type {Edit} from './model/edits.js';
import {followPath} from './model/follow.js';
import {translationGaps} from './model/gaps.js';
import {getAt, isObject, pathKey, type JsonValue, type Path} from './model/json.js';
import {serialize} from './model/serialize.js';
import {newFeed} from './model/skeleton.js';
import {feedLanguageOf, textIn} from './model/text.js';
import type {ImportReport, ListedProblem, MleProblems} from './problems.js';
import type {MleStart} from './start.js';
import {plural} from '../plural.js';
import {baseStyles} from './styles.js';
import {unreadableReason, validateFeed, type EditorFinding, type Validation} from './validation.js';

const LOCALE_KEY = 'medborgar-loften-editor:locale';

/** Today in the person's time zone, as the widget's `today` reads it. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function storedLocale(): UiLocale | undefined {
  try {
    const value = globalThis.localStorage?.getItem(LOCALE_KEY);
    return value === 'sv' || value === 'en' ? value : undefined;
  } catch {
    return undefined;
  }
}

export class MleEditor extends LocalizedElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        max-width: 110em;
        margin: 0 auto;
        padding: 0 1em 3em;
      }
      header {
        padding: 1em 0 0.75em;
        border-bottom: 1px solid var(--mle-border);
        margin-bottom: 1em;
      }
      h1 {
        font-size: 1.6em;
        margin: 0 0 0.25em;
        line-height: 1.2;
      }
      .file-line {
        margin: 0 0 0.5em;
        color: var(--mle-muted);
      }
      .file-line strong {
        color: var(--mle-text);
      }
      .unsaved {
        color: var(--mle-warning);
        font-weight: 600;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: flex-end;
      }
      .language {
        margin-left: auto;
      }
      .language label {
        display: block;
        font-size: 0.9em;
      }
      .status {
        min-height: 1.5em;
        margin: 0.5em 0 0;
        font-weight: 600;
      }
      .columns {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        gap: 2em;
        align-items: start;
      }
      .preview-column {
        position: sticky;
        top: 0;
        max-height: 100vh;
        overflow: auto;
      }
      mle-problems {
        margin: 0 0 1.5em;
        padding: 0.75em;
        border: 1px solid var(--mle-border);
        border-radius: 0.5em;
      }
      @media (max-width: 60em) {
        .columns {
          grid-template-columns: minmax(0, 1fr);
        }
        .preview-column {
          position: static;
          max-height: none;
        }
      }
      :host([dropping]) main {
        outline: 4px dashed var(--mle-accent);
        outline-offset: 4px;
      }
    `,
  ];

  /** How files are opened and saved: the browser's, or a stand-in. */
  @property({attribute: false}) files: FileAccess = browserFiles;

  @state() private view: 'start' | 'edit' = 'start';
  @state() private validation: Validation | undefined;
  @state() private previewText = '';
  @state() private gaps: readonly Path[] = [];
  @state() private onlyMissing = false;
  @state() private saveBlocked = false;
  @state() private announcement = '';
  @state() private openError = '';
  @state() private drafts: readonly Draft[] = [];
  /** What the importer said about the draft it made, until the person is done with it. */
  @state() private imported: {readonly total: number; readonly kept: number; readonly notes: readonly ImportNote[]} | undefined;

  @query('mle-form') private form?: MleForm;
  @query('mle-problems') private problemList?: MleProblems;
  @query('mle-start') private start?: MleStart;
  @query('mle-embed-dialog') private embedDialog?: MleEmbedDialog;

  private readonly current = new DocumentController(this, () => this.documentChanged());
  private readonly autosave: AutosaveController = new AutosaveController(this, DraftStore.open(), () => this.draftContent());
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private checkedDoc: JsonValue | undefined;
  private settledResolvers: (() => void)[] = [];

  constructor() {
    super();
    this.locale = storedLocale() ?? 'sv';
  }

  /** Resolves once the document as it stands is checked and the preview has it. */
  get checkComplete(): Promise<void> {
    if (this.checkTimer === undefined && this.checkedDoc === this.current.doc) return this.updateComplete.then(() => undefined);
    return new Promise((resolve) => this.settledResolvers.push(resolve));
  }

  /** The feed's text as "Spara" would write it. */
  get feedText(): string {
    return this.current.text;
  }

  /** The page's title, in the editor's language. */
  get pageTitle(): string {
    return this.inLocale(() => msg('Skriv medborgarlöften', {desc: "The editor's main heading (h1) and the page title."}));
  }

  /** Whether there are changes that are in no file. */
  get unsaved(): boolean {
    return this.current.unsaved;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeunload', this.onBeforeUnload);
    this.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('dragover', this.onDragOver);
    this.addEventListener('dragleave', this.onDragLeave);
    this.addEventListener('drop', this.onDrop);
    if (!this.current.open) this.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeunload', this.onBeforeUnload);
    this.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('dragover', this.onDragOver);
    this.removeEventListener('dragleave', this.onDragLeave);
    this.removeEventListener('drop', this.onDrop);
    clearTimeout(this.checkTimer);
  }

  /** After a reload or crash of this tab: its draft comes back; otherwise the start page, with unsaved drafts to restore. */
  private resume(): void {
    const store = this.autosave.store;
    const draft = store?.tabDraftId ? store.load(store.tabDraftId) : undefined;
    if (draft) {
      this.restoreDraft(draft, false);
      return;
    }
    this.refreshDrafts();
  }

  private refreshDrafts(): void {
    const store = this.autosave.store;
    this.drafts = store ? store.list().filter((draft) => draft.unsaved && draft.id !== this.autosave.id) : [];
  }

  // --- starting --------------------------------------------------------------

  /** Starts a new feed. */
  newFeed(): void {
    const started = newFeed(new Date().getFullYear());
    this.imported = undefined;
    this.autosave.startNewDraft();
    this.current.load(started.doc, {savedText: serialize(started.doc), generatedIds: started.generatedIds});
    this.enterEditing(this.inLocale(() => msg('Ett nytt flöde är skapat.', {desc: 'Announced after creating a new feed.'})), ['title']);
  }

  /** Opens a feed from its text (a file, a drop, a paste). Returns whether it could be opened. */
  openText(text: string, fileName = 'medborgarloften.json', fileHandle?: FileSystemFileHandle): boolean {
    const read = readFeedText(text);
    if (!read.ok) {
      const reason = unreadableReason(text, this.locale);
      this.openError = this.inLocale(() =>
        reason
          ? msg(str`Det går inte att öppna det här som ett flöde. Rad ${reason.line}, kolumn ${reason.column}: ${reason.message}`, {
              desc: 'Shown when a file or pasted text is not a feed in JSON; then the line, column and what is wrong.',
            })
          : msg('Det går inte att öppna det här som ett flöde: det är inte ett JSON-objekt.', {desc: 'Shown when a file or pasted text is JSON but not an object.'})
      );
      this.view = 'start';
      return false;
    }
    this.openError = '';
    this.imported = undefined;
    this.autosave.startNewDraft();
    this.current.load(read.doc, {savedText: serialize(read.doc), fileName, ...(fileHandle ? {fileHandle} : {})});
    this.enterEditing(this.inLocale(() => msg(str`${fileName} är öppnad.`, {desc: 'Announced after opening a file; the placeholder is the file name.'})));
    return true;
  }

  /**
   * Starts from an existing page's text or HTML: the importer's draft, with
   * its notes beside the fields they are about. Returns whether a draft was
   * made (a page with nothing like promises in it makes none).
   */
  importText(text: string): boolean {
    const result = importPage(text, {kind: 'auto'});
    if (!result.feed) {
      this.openError = this.inLocale(() =>
        result.notes.filter((note) => note.kind === 'problem').map(noteMessage).join(' ')
      );
      this.view = 'start';
      return false;
    }
    this.openError = '';
    // The feed module's verdict on the draft is the validator's too, and it follows the edits live.
    const notes = result.notes.filter((note) => note.code !== 'feed-problem');
    this.imported = {total: result.sentences.total, kept: result.sentences.kept, notes};
    this.autosave.startNewDraft();
    this.current.load(result.feed as JsonValue);
    void this.enterEditing(
      this.inLocale(() => msg('Utkastet från sidan är klart. Granska det som importen har markerat.', {desc: 'Announced after the importer made a draft from a pasted page.'}))
    ).then(async () => {
      await this.problemList?.updateComplete;
      this.problemList?.focusImport();
    });
    return true;
  }

  private restoreDraft(draft: Draft, chosen: boolean): void {
    this.imported = undefined;
    this.autosave.adopt(draft);
    this.current.load(draft.doc, {fileName: draft.fileName, ...(draft.savedText !== undefined ? {savedText: draft.savedText} : {})});
    this.enterEditing(
      this.inLocale(() =>
        chosen
          ? msg('Det osparade arbetet är återställt.', {desc: 'Announced after restoring an unsaved draft chosen from the list.'})
          : msg('Ditt arbete är återställt från webbläsaren.', {desc: 'Announced when the editor brings back the work of this tab after a reload or crash.'})
      )
    );
  }

  private async enterEditing(announcement: string, focus?: Path): Promise<void> {
    this.view = 'edit';
    this.saveBlocked = false;
    this.check();
    await this.updateComplete;
    await this.form?.updateComplete;
    if (focus) await this.form?.focusAnchor(focus);
    this.say(announcement);
  }

  // --- changes ----------------------------------------------------------------

  private documentChanged(): void {
    this.autosave.schedule();
    this.gaps = translationGaps(this.current.doc, 'en');
    clearTimeout(this.checkTimer);
    // Checked and previewed a moment after typing stops, not on every key.
    this.checkTimer = setTimeout(() => this.check(), 250);
  }

  /** Checks the document as it stands now, and gives the preview its text. */
  private check(): void {
    clearTimeout(this.checkTimer);
    this.checkTimer = undefined;
    const text = this.current.text;
    this.validation = validateFeed(text, this.locale);
    this.previewText = text;
    this.checkedDoc = this.current.doc;
    if (this.validation.errors === 0) this.saveBlocked = false;
    this.dispatchEvent(new CustomEvent('mle-checked', {detail: {errors: this.validation.errors, warnings: this.validation.warnings}}));
    const resolvers = this.settledResolvers;
    this.settledResolvers = [];
    void this.updateComplete.then(() => resolvers.forEach((resolve) => resolve()));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Problem messages are in the editor's language: a switch checks again.
    if (changed.has('locale') && this.current.open && changed.get('locale') !== undefined) this.check();
  }

  private draftContent(): DraftContent | undefined {
    if (!this.current.open) return undefined;
    const doc = this.current.doc;
    return {
      doc,
      ...(this.current.savedText !== undefined ? {savedText: this.current.savedText} : {}),
      fileName: this.current.fileName,
      label: this.draftLabel(doc),
      unsaved: this.current.unsaved,
    };
  }

  /** Words to know a draft by: the title, else the first period's first area, else the file name. */
  private draftLabel(doc: JsonValue): string {
    const language = feedLanguageOf(doc);
    const title = isObject(doc) ? textIn(doc['title'], language, language) : '';
    if (title.trim()) return title.trim();
    const area = textIn(getAt(doc, ['periods', 0, 'promises', 0, 'area']), language, language);
    return area.trim() ? area.trim() : this.current.fileName;
  }

  private problemsByAnchor(findings: readonly EditorFinding[]): Map<string, FieldProblem[]> {
    const problems = new Map<string, FieldProblem[]>();
    for (const finding of findings) {
      const anchor = anchorFor(finding.segments);
      const inside = finding.segments[anchor.length];
      const language = finding.segments.length === anchor.length + 1 && typeof inside === 'string' && LANGUAGE_TAG.test(inside) ? inside : undefined;
      const key = pathKey(anchor);
      problems.set(key, [...(problems.get(key) ?? []), {severity: finding.severity, message: finding.message, ...(language ? {language} : {})}]);
    }
    return problems;
  }

  /** The importer's notes beside their fields (those about the whole page are in the list only). */
  private notesByAnchor(problems: Map<string, FieldProblem[]>): Map<string, FieldProblem[]> {
    for (const note of this.imported?.notes ?? []) {
      if (note.path.length === 0) continue;
      const key = pathKey(anchorFor(note.path));
      problems.set(key, [...(problems.get(key) ?? []), {severity: note.kind, message: noteMessage(note)}]);
    }
    return problems;
  }

  private importReport(): ImportReport | undefined {
    if (!this.imported) return undefined;
    const feedLanguage = feedLanguageOf(this.current.doc);
    const listed = (note: ImportNote): ListedProblem => ({
      severity: note.kind,
      message: noteMessage(note),
      place: note.path.length
        ? placeOf(this.current.doc, note.path, this.locale, feedLanguage)
        : [msg('Sidan', {desc: 'Where an importer note is, when it is about the pasted page as a whole.'})],
      segments: note.path,
    });
    return {
      total: this.imported.total,
      kept: this.imported.kept,
      notes: this.imported.notes.filter((note) => note.kind !== 'guess').map(listed),
      guesses: this.imported.notes.filter((note) => note.kind === 'guess').map(listed),
    };
  }

  private listedProblems(findings: readonly EditorFinding[]): ListedProblem[] {
    const feedLanguage = feedLanguageOf(this.current.doc);
    return findings.map((finding) => ({
      severity: finding.severity,
      message: finding.message,
      place: placeOf(this.current.doc, finding.segments, this.locale, feedLanguage),
      segments: finding.segments,
    }));
  }

  // --- jumping to a problem -------------------------------------------------------

  /** Moves focus to the field a path belongs to. */
  async focusPath(segments: Path): Promise<boolean> {
    if (this.view !== 'edit') {
      this.view = 'edit';
      await this.updateComplete;
    }
    await this.form?.updateComplete;
    const anchor = anchorFor(segments);
    const inside = segments[anchor.length];
    const language = typeof inside === 'string' && LANGUAGE_TAG.test(inside) ? inside : undefined;
    return (await this.form?.focusAnchor(anchor, language)) ?? false;
  }

  // --- saving ------------------------------------------------------------------

  /** Saves the feed if it has no errors; with errors, says so and moves focus to the first one. */
  async save(): Promise<boolean> {
    if (!this.current.open) return false;
    this.check();
    // "No usable period" names no field: the first error that does is where to start.
    const errors = this.validation?.findings.filter((finding) => finding.severity === 'error') ?? [];
    const firstError = errors.find((finding) => !finding.fatal) ?? errors[0];
    if (firstError) {
      this.saveBlocked = true;
      await this.updateComplete;
      const errors = this.validation!.errors;
      this.say(
        this.inLocale(() =>
          plural(errors, this.locale, {
            one: () =>
              msg(str`Flödet är inte sparat: det har ${errors} fel.`, {
                id: 'not-saved-errors.one',
                desc: 'Announced when saving is stopped by errors, CLDR plural category "one" (e.g. 1).',
              }),
            other: () =>
              msg(str`Flödet är inte sparat: det har ${errors} fel.`, {
                id: 'not-saved-errors.other',
                desc: 'Announced when saving is stopped by errors, CLDR plural category "other" (e.g. 2).',
              }),
          })
        )
      );
      if (!(await this.focusPath(firstError.segments))) this.problemList?.focusFirst();
      return false;
    }
    return this.write();
  }

  /** Saves whatever the problems. */
  async saveAnyway(): Promise<boolean> {
    return this.write();
  }

  private async write(): Promise<boolean> {
    const text = this.current.text;
    const handle = this.current.fileHandle;
    const name = this.current.fileName;
    try {
      if (handle) await this.files.saveInPlace(handle, text);
      else this.files.download(text, name);
    } catch {
      // The file could not be written in place (moved, no permission): a download keeps the work.
      this.files.download(text, name);
    }
    this.current.markSaved(text);
    this.saveBlocked = false;
    this.autosave.schedule();
    this.say(
      this.inLocale(() =>
        handle
          ? msg(str`Sparat i ${name}.`, {desc: 'Announced after saving over the opened file; the placeholder is its name.'})
          : msg(str`Sparat: ${name} finns bland dina hämtade filer.`, {desc: 'Announced after saving as a download; the placeholder is the file name.'})
      )
    );
    return true;
  }

  private async saveAsFile(): Promise<void> {
    this.check();
    const text = this.current.text;
    try {
      const handle = await this.files.saveAs(text, this.current.fileName);
      if (!handle) return;
      this.current.markSaved(text, handle.name, handle);
      this.autosave.schedule();
      this.say(this.inLocale(() => msg(str`Sparat i ${handle.name}.`, {desc: 'Announced after saving over the opened file; the placeholder is its name.'})));
    } catch {
      this.say(this.inLocale(() => msg('Filen kunde inte sparas där. Försök igen, eller använd Spara för att ladda ner den.', {desc: 'Announced when saving to a chosen place failed.'})));
    }
  }

  // --- what the person does ----------------------------------------------------------

  private async openFile(file: File): Promise<void> {
    this.openText(await file.text(), file.name);
  }

  private async pickFile(): Promise<void> {
    if (this.files.canSaveInPlace()) {
      try {
        const opened = await this.files.pickFileWithHandle();
        if (opened) this.openText(opened.text, opened.name, opened.handle);
      } catch {
        this.start?.chooseFile();
      }
      return;
    }
    this.start?.chooseFile();
  }

  undo(): void {
    if (this.current.undo()) this.say(this.inLocale(() => msg('Ångrat.', {desc: 'Announced after undo.'})));
  }

  redo(): void {
    if (this.current.redo()) this.say(this.inLocale(() => msg('Gjort om.', {desc: 'Announced after redo.'})));
  }

  /** Says something in the live region; a repeat of the same words is said again. */
  private async say(message: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = message;
  }

  private setLocale(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (value !== 'sv' && value !== 'en') return;
    this.locale = value;
    this.dispatchEvent(new CustomEvent('mle-locale', {detail: {locale: value}}));
    try {
      globalThis.localStorage?.setItem(LOCALE_KEY, value);
    } catch {
      // The choice then lasts for this visit only.
    }
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    this.autosave.flush();
    if (!this.current.unsaved) return;
    event.preventDefault();
    // Older browsers show the warning only when returnValue is set.
    event.returnValue = '';
  };

  /**
   * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, Ctrl/Cmd+S saves.
   * In a text field that has been typed in, Ctrl+Z is the field's own undo.
   */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    const target = event.composedPath()[0] as HTMLElement | undefined;
    const textField = target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['checkbox', 'radio'].includes(target.type));
    if (key === 's') {
      event.preventDefault();
      void this.save();
      return;
    }
    const isUndo = key === 'z' && !event.shiftKey;
    const isRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
    if (!isUndo && !isRedo) return;
    if (this.view !== 'edit') return;
    // A field outside the form (the paste box, the embed dialog) keeps its own undo, as does a form field being typed in.
    if (textField && (!this.form || this.form.ownsUndo(target))) return;
    event.preventDefault();
    if (isUndo) this.undo();
    else this.redo();
  };

  private readonly onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.toggleAttribute('dropping', true);
  };

  private readonly onDragLeave = (event: DragEvent): void => {
    if (event.relatedTarget === null || !this.contains(event.relatedTarget as Node)) this.toggleAttribute('dropping', false);
  };

  private readonly onDrop = (event: DragEvent): void => {
    this.toggleAttribute('dropping', false);
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void this.openFile(file);
  };

  // --- rendering -------------------------------------------------------------------

  protected override render() {
    const open = this.current.open;
    const feedLanguage = feedLanguageOf(this.current.doc);
    const periods = isObject(this.current.doc) && Array.isArray(this.current.doc['periods'])
      ? this.current.doc['periods'].flatMap((period) => (isObject(period) && typeof period['id'] === 'string' ? [period['id']] : []))
      : [];
    return html`
      <header>
        <h1>${msg('Skriv medborgarlöften', {desc: "The editor's main heading (h1) and the page title."})}</h1>
        ${open ? this.renderFileLine() : nothing}
        <div class="actions">
          ${open && this.view === 'edit'
            ? html`
                <button type="button" @click=${this.showStart}>${msg('Öppna eller börja om', {desc: 'Button: go to the start page (new, open, restore).'})}</button>
                <button type="button" class="primary" @click=${() => void this.save()}>${msg('Spara', {desc: 'Button: save the feed.'})}</button>
                ${this.files.canSaveAs()
                  ? html`<button type="button" @click=${() => void this.saveAsFile()}>${msg('Spara som …', {desc: 'Button: save the feed to a chosen place.'})}</button>`
                  : nothing}
                <button type="button" aria-disabled=${this.current.canUndo ? 'false' : 'true'} @click=${() => this.current.canUndo && this.undo()} aria-keyshortcuts="Control+Z">
                  ${msg('Ångra', {desc: 'Button: undo the last change.'})}
                </button>
                <button type="button" aria-disabled=${this.current.canRedo ? 'false' : 'true'} @click=${() => this.current.canRedo && this.redo()} aria-keyshortcuts="Control+Shift+Z">
                  ${msg('Gör om', {desc: 'Button: redo the change last undone.'})}
                </button>
                <button type="button" @click=${() => void this.embedDialog?.show()}>${msg('Kod för webbplatsen', {desc: 'Button: open the embed code dialog.'})}</button>
              `
            : nothing}
          <div class="language">
            <label for="ui-language">${msg('Verktygets språk', {desc: 'Label: the language of the editor itself.'})}</label>
            <select id="ui-language" @change=${this.setLocale}>
              <option value="sv" lang="sv" ?selected=${this.locale === 'sv'}>Svenska</option>
              <option value="en" lang="en" ?selected=${this.locale === 'en'}>English</option>
            </select>
          </div>
        </div>
        <p class="status" role="status">${this.announcement}</p>
      </header>
      <main>
        ${this.view === 'start' || !open
          ? html`<mle-start
              .locale=${this.locale}
              .drafts=${this.drafts}
              .openError=${this.openError}
              ?has-document=${open}
              @mle-new=${() => this.newFeed()}
              @mle-pick-file=${() => void this.pickFile()}
              @mle-open-file=${(event: CustomEvent<{file: File}>) => void this.openFile(event.detail.file)}
              @mle-open-text=${(event: CustomEvent<{text: string}>) => this.openText(event.detail.text)}
              @mle-import-page=${(event: CustomEvent<{text: string}>) => this.importText(event.detail.text)}
              @mle-restore=${this.onRestore}
              @mle-discard=${this.onDiscard}
              @mle-back=${() => void this.enterEditing('')}
            ></mle-start>`
          : this.renderEditing()}
      </main>
      <mle-embed-dialog .locale=${this.locale} .fileName=${this.current.fileName} .feedLanguage=${feedLanguage} .periods=${periods}></mle-embed-dialog>
    `;
  }

  private renderFileLine() {
    const autosave = this.autosave.status;
    const time = (date: Date) => new Intl.DateTimeFormat(this.locale === 'en' ? 'en-GB' : 'sv-SE', {timeStyle: 'short'}).format(date);
    return html`<p class="file-line">
      <strong>${this.current.fileName}</strong> ·
      ${this.current.unsaved
        ? html`<span class="unsaved">${msg('Ändringar som inte är sparade i filen', {desc: 'Shown when the feed has changes not yet saved to a file.'})}</span>`
        : msg('Sparat i filen', {desc: 'Shown when every change is saved to the file.'})}
      ·
      <span class="autosave" data-status=${autosave.kind}>
        ${autosave.kind === 'saved'
          ? msg(str`Utkast sparat i webbläsaren ${time(autosave.at)}`, {desc: 'Autosave status: the draft was saved in the browser at a time (placeholder).'})
          : autosave.kind === 'pending'
            ? msg('Utkastet sparas …', {desc: 'Autosave status: about to save the draft in the browser.'})
            : autosave.kind === 'failed'
              ? msg('Utkastet kunde inte sparas i webbläsaren (minnet är fullt). Spara filen.', {desc: 'Autosave status: the browser storage is full.'})
              : autosave.kind === 'unavailable'
                ? msg('Webbläsaren sparar inga utkast här. Spara filen ofta.', {desc: 'Autosave status: the browser does not allow storage for this page.'})
                : msg('Utkast sparas i webbläsaren medan du skriver.', {desc: 'Autosave status before the first change.'})}
      </span>
    </p>`;
  }

  private renderEditing() {
    const validation = this.validation;
    return html`<div class="columns">
      <div class="form-column">
        <mle-problems
          .locale=${this.locale}
          .problems=${validation ? this.listedProblems(validation.findings) : []}
          .summary=${validation?.summary ?? ''}
          .importReport=${this.importReport()}
          ?save-blocked=${this.saveBlocked}
          @mle-import-done=${() => (this.imported = undefined)}
          @mle-jump=${(event: CustomEvent<{segments: Path}>) => void this.focusPath(event.detail.segments)}
          @mle-save-anyway=${() => void this.saveAnyway()}
        ></mle-problems>
        <mle-form
          .locale=${this.locale}
          .doc=${this.current.doc}
          .problems=${this.notesByAnchor(validation ? this.problemsByAnchor(validation.findings) : new Map())}
          .gaps=${this.gaps}
          .onlyMissing=${this.onlyMissing}
          @mle-edit=${this.onEdit}
          @mle-seal=${() => this.current.seal()}
          @mle-filter=${(event: CustomEvent<{onlyMissing: boolean}>) => (this.onlyMissing = event.detail.onlyMissing)}
          @mle-announce=${(event: CustomEvent<{message: string}>) => void this.say(event.detail.message)}
        ></mle-form>
      </div>
      <aside class="preview-column" aria-label=${msg('Förhandsvisning', {desc: 'Heading of the preview of the widget.'})}>
        <mle-preview .locale=${this.locale} .text=${this.previewText} today=${localToday()}></mle-preview>
      </aside>
    </div>`;
  }

  private onEdit(event: CustomEvent<EditEventDetail>): void {
    this.followNotes(event.detail.edit);
    this.current.apply(event.detail.edit, event.detail.group);
  }

  /** The importer's notes stay beside their fields when items are added, removed or moved. */
  private followNotes(edit: Edit): void {
    if (!this.imported) return;
    const before = this.current.doc;
    const notes = this.imported.notes.flatMap((note) => {
      if (note.path.length === 0) return [note];
      const path = followPath(note.path, edit, before);
      return path ? [{...note, path}] : [];
    });
    this.imported = {...this.imported, notes};
  }

  private onRestore(event: CustomEvent<{id: string}>): void {
    const draft = this.autosave.store?.load(event.detail.id);
    if (draft) this.restoreDraft(draft, true);
  }

  private onDiscard(event: CustomEvent<{id: string}>): void {
    this.autosave.store?.remove(event.detail.id);
    this.refreshDrafts();
    this.say(this.inLocale(() => msg('Utkastet är slängt.', {desc: 'Announced after throwing away an unsaved draft.'})));
  }

  private async showStart(): Promise<void> {
    this.autosave.flush();
    this.refreshDrafts();
    this.view = 'start';
    await this.updateComplete;
    this.start?.focusHeading();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mle-editor': MleEditor;
  }
}
