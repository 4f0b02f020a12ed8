/**
 * `<mle-editor>`: the editor application. It holds the document (with undo),
 * checks it with the validator as the person types, keeps a draft in the
 * browser, opens and saves files, and lays out the start page, the problem
 * list, the form, the live preview and the embed code.
 */
import {html, nothing, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {LANGUAGE_TAG} from '../feed/index.js';
import {localeFor, uiLocales} from '../locale.js';
import {importPage} from '../import/index.js';
import {noteMessage} from '../import/messages.js';
import {AutosaveController, type DraftContent} from './autosave-controller.js';
import {DocumentController} from './document-controller.js';
import {DraftStore, draftLabel, type Draft} from './drafts.js';
import type {MleEmbedDialog} from './embed-dialog.js';
import {browserFiles, readFeedText, type FileAccess} from './files.js';
import type {EditEventDetail, MleForm} from './form/form.js';
import {languageLabel} from './form/controls.js';
import {placeOf} from './form/places.js';
import {LocalizedElement, type UiLocale} from './localized-element.js';
import {anchorFor} from './model/anchors.js';
import {translationGaps} from './model/gaps.js';
import {isObject, type JsonValue, type Path} from './model/json.js';
import {serialize} from './model/serialize.js';
import {newFeed} from './model/skeleton.js';
import {feedLanguageOf} from './model/text.js';
import type {ListedProblem, MleProblems} from './problems.js';
import type {MleStart} from './start.js';
import {plural} from '../plural.js';
import {editorStyles} from './editor-styles.js';
import {FileDropController} from './file-drop-controller.js';
import {ImportNotesController} from './import-notes-controller.js';
import {ShortcutsController} from './shortcuts-controller.js';
import {ValidationController} from './validation-controller.js';
import {unreadableReason, type EditorFinding} from './validation.js';

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
    return value && uiLocales().includes(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export class MleEditor extends LocalizedElement {
  static override styles = editorStyles;

  /** How files are opened and saved: the browser's, or a stand-in. */
  @property({attribute: false}) files: FileAccess = browserFiles;

  @state() private view: 'start' | 'edit' = 'start';
  @state() private gaps: readonly Path[] = [];
  @state() private onlyMissing = false;
  @state() private saveBlocked = false;
  @state() private announcement = '';
  @state() private openError = '';
  @state() private drafts: readonly Draft[] = [];

  @query('mle-form') private form?: MleForm;
  @query('mle-problems') private problemList?: MleProblems;
  @query('mle-start') private start?: MleStart;
  @query('mle-embed-dialog') private embedDialog?: MleEmbedDialog;

  private readonly current = new DocumentController(this, () => this.documentChanged());
  private readonly validation = new ValidationController(this, () => ({doc: this.current.doc, text: this.current.text}), () => this.locale);
  private readonly importNotes = new ImportNotesController(this);
  private readonly autosave: AutosaveController = new AutosaveController(this, DraftStore.open(), () => this.draftContent());

  constructor() {
    super();
    this.locale = storedLocale() ?? 'sv';
    new ShortcutsController(this, {
      editing: () => this.view === 'edit',
      fieldOwnsUndo: (field) => !this.form || this.form.ownsUndo(field),
      undo: () => this.undo(),
      redo: () => this.redo(),
      save: () => void this.save(),
    });
    new FileDropController(this, (file) => void this.openFile(file));
  }

  /** Resolves once the document as it stands is checked and the preview has it. */
  get checkComplete(): Promise<void> {
    return this.validation.complete;
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
    if (!this.current.open) this.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeunload', this.onBeforeUnload);
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
    this.importNotes.clear();
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
              desc: 'Shown when a file or pasted text is not a feed in JSON; then the line, column and what is wrong. Example: Det går inte att öppna det här som ett flöde. Rad 3, kolumn 14: Här saknas ett kommatecken.',
            })
          : msg('Det går inte att öppna det här som ett flöde: det är inte ett JSON-objekt.', {desc: 'Shown when a file or pasted text is JSON but not an object.'})
      );
      this.view = 'start';
      return false;
    }
    this.openError = '';
    this.importNotes.clear();
    this.autosave.startNewDraft();
    this.current.load(read.doc, {savedText: serialize(read.doc), fileName, ...(fileHandle ? {fileHandle} : {})});
    this.enterEditing(this.inLocale(() => msg(str`${fileName} är öppnad.`, {desc: 'Announced after opening a file; the placeholder is the file name. Example: medborgarloften.json är öppnad.'})));
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
        result.notes.filter((note) => note.kind === 'problem').map((note) => noteMessage(note, this.locale)).join(' ')
      );
      this.view = 'start';
      return false;
    }
    this.openError = '';
    this.importNotes.start(result);
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
    this.importNotes.clear();
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
    this.validation.schedule();
  }

  /** Checks the document as it stands now; a feed without errors may be saved again. */
  private check(): void {
    if (this.validation.check().errors === 0) this.saveBlocked = false;
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
      label: draftLabel(doc, this.current.fileName),
      unsaved: this.current.unsaved,
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
    const errors = this.validation.validation?.findings.filter((finding) => finding.severity === 'error') ?? [];
    const firstError = errors.find((finding) => !finding.fatal) ?? errors[0];
    if (firstError) {
      this.saveBlocked = true;
      await this.updateComplete;
      const errors = this.validation.validation!.errors;
      this.say(
        this.inLocale(() =>
          plural(errors, this.locale, {
            one: () =>
              msg(str`Flödet är inte sparat: det har ${errors} fel.`, {
                id: 'not-saved-errors.one',
                desc: 'Announced when saving is stopped by errors, CLDR plural category "one" (e.g. 1). Example: Flödet är inte sparat: det har 1 fel.',
              }),
            other: () =>
              msg(str`Flödet är inte sparat: det har ${errors} fel.`, {
                id: 'not-saved-errors.other',
                desc: 'Announced when saving is stopped by errors, CLDR plural category "other" (e.g. 2). Example: Flödet är inte sparat: det har 3 fel.',
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
          ? msg(str`Sparat i ${name}.`, {desc: 'Announced after saving over the opened file; the placeholder is its name. Example: Sparat i medborgarloften.json.'})
          : msg(str`Sparat: ${name} finns bland dina hämtade filer.`, {desc: 'Announced after saving as a download; the placeholder is the file name. Example: Sparat: medborgarloften.json finns bland dina hämtade filer.'})
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
      this.say(this.inLocale(() => msg(str`Sparat i ${handle.name}.`, {desc: 'Announced after saving over the opened file; the placeholder is its name. Example: Sparat i medborgarloften.json.'})));
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
    if (!uiLocales().includes(value)) return;
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
              ${uiLocales().map(
                // Each language by its own name ("Svenska", "English", "Suomi"): found by those who read it.
                (tag) => html`<option value=${tag} lang=${tag} ?selected=${this.locale === tag}>${languageLabel(tag, tag)}</option>`
              )}
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
    const time = (date: Date) => new Intl.DateTimeFormat(localeFor(this.locale).intl, {timeStyle: 'short'}).format(date);
    return html`<p class="file-line">
      <strong>${this.current.fileName}</strong> ·
      ${this.current.unsaved
        ? html`<span class="unsaved">${msg('Ändringar som inte är sparade i filen', {desc: 'Shown when the feed has changes not yet saved to a file.'})}</span>`
        : msg('Sparat i filen', {desc: 'Shown when every change is saved to the file.'})}
      ·
      <span class="autosave" data-status=${autosave.kind}>
        ${autosave.kind === 'saved'
          ? msg(str`Utkast sparat i webbläsaren ${time(autosave.at)}`, {desc: 'Autosave status: the draft was saved in the browser at a time (placeholder). Example: Utkast sparat i webbläsaren 14:03'})
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
    const validation = this.validation.validation;
    return html`<div class="columns">
      <div class="form-column">
        <mle-problems
          .locale=${this.locale}
          .problems=${validation ? this.listedProblems(validation.findings) : []}
          .summary=${validation?.summary ?? ''}
          .importReport=${this.importNotes.report(this.current.doc, this.locale)}
          ?save-blocked=${this.saveBlocked}
          @mle-import-done=${() => this.importNotes.clear()}
          @mle-jump=${(event: CustomEvent<{segments: Path}>) => void this.focusPath(event.detail.segments)}
          @mle-save-anyway=${() => void this.saveAnyway()}
        ></mle-problems>
        <mle-form
          .locale=${this.locale}
          .doc=${this.current.doc}
          .problems=${this.importNotes.addTo(this.validation.byAnchor(), this.locale)}
          .gaps=${this.gaps}
          .onlyMissing=${this.onlyMissing}
          @mle-edit=${this.onEdit}
          @mle-seal=${() => this.current.seal()}
          @mle-filter=${(event: CustomEvent<{onlyMissing: boolean}>) => (this.onlyMissing = event.detail.onlyMissing)}
          @mle-announce=${(event: CustomEvent<{message: string}>) => void this.say(event.detail.message)}
        ></mle-form>
      </div>
      <aside class="preview-column" aria-label=${msg('Förhandsvisning', {desc: 'Heading of the preview of the widget.'})}>
        <mle-preview .locale=${this.locale} .text=${this.validation.checkedText} today=${localToday()}></mle-preview>
      </aside>
    </div>`;
  }

  private onEdit(event: CustomEvent<EditEventDetail>): void {
    this.importNotes.follow(event.detail.edit, this.current.doc);
    this.current.apply(event.detail.edit, event.detail.group);
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
