/**
 * `<mle-form>`: the whole feed as a form in one shadow root, so that every
 * label, hint and problem can point at its field by id. It never changes the
 * document itself: each input becomes an `mle-edit` event that the editor
 * applies (and records for undo); the form then gets the new document.
 */
import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {isTextItem} from '../model/fields.js';
import type {Edit} from '../model/edits.js';
import {getAt, isObject, pathKey, type JsonValue, type Path} from '../model/json.js';
import {feedLanguageOf, textIn} from '../model/text.js';
import {withUnitKind, type UnitKind} from '../model/unit.js';
import {linesFromInput, numberFromInput, yearFromInput} from '../model/values.js';
import {LocalizedElement} from '../localized-element.js';
import {plural} from '../../plural.js';
import {idFor, type EditTarget, type FieldProblem, type FormContext} from './context.js';
import {listWords, type ListKind} from './labels.js';
import {renderDocument} from './render.js';
import {formStyles} from './styles.js';

export interface EditEventDetail {
  readonly edit: Edit;
  /** Edits with the same group in a row are one undo step (typing in one field). */
  readonly group?: string;
}

/** Where focus goes once the document has the change the person asked for. */
type PendingFocus =
  | {readonly kind: 'first-field'; readonly anchor: Path}
  | {readonly kind: 'element'; readonly id: string}
  | {readonly kind: 'button'; readonly action: string; readonly path: Path; readonly fallback?: string};

const FOCUSABLE = 'input, textarea, select, button:not([aria-disabled="true"])';

export class MleForm extends LocalizedElement {
  static override styles = formStyles;

  /** The feed being edited, as JSON. */
  @property({attribute: false}) doc: JsonValue = {};

  /** Problems by anchor key (model/anchors.ts). */
  @property({attribute: false}) problems: ReadonlyMap<string, readonly FieldProblem[]> = new Map();

  /** Keys of the texts without English. */
  @property({attribute: false}) gaps: readonly Path[] = [];

  /** Show only the texts that lack English. */
  @property({type: Boolean, attribute: 'only-missing', reflect: true}) onlyMissing = false;

  /** The year new periods start in. */
  @property({type: Number}) year = new Date().getFullYear();

  @state() private openPreviews = new Set<string>();

  /**
   * While the translation filter is on, the texts it showed stay shown: a
   * field must not vanish under the fingers of the person translating it.
   */
  private filtered = new Map<string, Path>();

  /** What the person typed into number and address fields, shown while it still means the stored value. */
  private drafts = new Map<string, {typed: string; value: JsonValue | undefined}>();
  private pendingFocus: PendingFocus | undefined;
  /** The field typed in since it was focused: Ctrl+Z there is the field's own undo. */
  private typedIn: EventTarget | undefined;

  /**
   * Whether Ctrl+Z in `element` belongs to the field itself: it is not one
   * of this form's fields, or it has been typed in since it got focus (an
   * unchanged field has nothing of its own to undo, so the editor undoes).
   */
  ownsUndo(element: Element | undefined): boolean {
    return !element || !this.renderRoot.contains(element) || element === this.typedIn;
  }

  /**
   * Moves focus to the field or group that `path` belongs to (its anchor),
   * leaving the translation filter if it hides it. Returns whether there
   * was a place to go.
   */
  async focusAnchor(anchor: Path, language?: string): Promise<boolean> {
    let target = this.findAnchor(anchor);
    if (!target && this.onlyMissing) {
      this.onlyMissing = false;
      this.dispatchEvent(new CustomEvent('mle-filter', {detail: {onlyMissing: false}, bubbles: true, composed: true}));
      await this.updateComplete;
      target = this.findAnchor(anchor);
    }
    if (!target) return false;
    const field =
      (language ? target.querySelector<HTMLElement>(`[data-language="${CSS.escape(language)}"]`) : null) ??
      (target.matches('.field, .text-field')
        ? target.querySelector<HTMLElement>('input, textarea, select')
        : target.querySelector<HTMLElement>('[tabindex="-1"]')) ??
      target.querySelector<HTMLElement>(FOCUSABLE);
    if (!field) return false;
    field.focus();
    field.scrollIntoView?.({block: 'center'});
    return true;
  }

  private findAnchor(anchor: Path): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-anchor="${CSS.escape(pathKey(anchor))}"]`);
  }

  private context(): FormContext {
    const feedLanguage = feedLanguageOf(this.doc);
    const partiesValue = isObject(this.doc) ? this.doc['parties'] : undefined;
    const parties = Array.isArray(partiesValue)
      ? partiesValue.flatMap((party) => {
          if (!isObject(party) || typeof party['id'] !== 'string') return [];
          const lang = textIn(party['name'], this.locale, feedLanguage).trim() ? this.locale : feedLanguage;
          const name = textIn(party['name'], lang, feedLanguage).trim();
          return [name ? {id: party['id'], name, lang} : {id: party['id'], name: party['id']}];
        })
      : [];
    if (!this.onlyMissing) this.filtered.clear();
    for (const gap of this.gaps) this.filtered.set(pathKey(gap), gap);
    const shownGaps = [...this.filtered.values()];
    const gaps = new Set(shownGaps.map(pathKey));
    const gapHolders = new Set<string>();
    for (const gap of shownGaps) for (let n = 0; n < gap.length; n++) gapHolders.add(pathKey(gap.slice(0, n)));
    return {
      doc: this.doc,
      feedLanguage,
      locale: this.locale,
      parties,
      problems: this.problems,
      onlyMissing: this.onlyMissing,
      gaps,
      gapHolders,
      openPreviews: this.openPreviews,
      year: this.year,
    };
  }

  protected override render() {
    const context = this.context();
    const count = this.gaps.length;
    return html`
      <div class="filter">
        <input
          type="checkbox"
          id="only-missing"
          .checked=${this.onlyMissing}
          @change=${this.onFilterChange}
          aria-describedby="missing-count"
        />
        <label for="only-missing">${msg('Visa bara det som saknar engelska', {desc: 'Checkbox: show only the texts that have no English translation.'})}</label>
        <p id="missing-count" class="hint">
          ${count === 0
            ? msg('Alla texter har engelska.', {desc: 'Shown when every text has an English translation.'})
            : plural(count, this.locale, {
                one: () => msg(str`${count} text saknar engelska.`, {id: 'missing-english.one', desc: 'Number of texts without English, CLDR plural category "one" (e.g. 1). Example: 1 text saknar engelska.'}),
                other: () => msg(str`${count} texter saknar engelska.`, {id: 'missing-english.other', desc: 'Number of texts without English, CLDR plural category "other" (e.g. 2). Example: 12 texter saknar engelska.'}),
              })}
        </p>
      </div>
      ${this.onlyMissing && count === 0
        ? html`<p class="notice">${msg('Det finns inget kvar att översätta.', {desc: 'Shown in the translation filter when nothing lacks English.'})}</p>`
        : nothing}
      <div @input=${this.onInput} @change=${this.onChange} @click=${this.onClick} @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
        ${renderDocument(context, {shownValue: this.shownValue})}
      </div>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingFocus && this.applyPendingFocus(this.pendingFocus)) this.pendingFocus = undefined;
  }

  private applyPendingFocus(pending: PendingFocus): boolean {
    let element: HTMLElement | null = null;
    if (pending.kind === 'first-field') {
      element = this.findAnchor(pending.anchor)?.querySelector<HTMLElement>('input, textarea, select') ?? null;
    } else if (pending.kind === 'element') {
      element = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(pending.id)}`);
    } else {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>(`button[data-action="${pending.action}"]`)];
      const button = buttons.find((candidate) => candidate.dataset['path'] === JSON.stringify(pending.path));
      if (button && button.getAttribute('aria-disabled') !== 'true') element = button;
      else element = (pending.fallback ? this.renderRoot.querySelector<HTMLElement>(pending.fallback) : null) ?? button ?? null;
    }
    if (!element) return false;
    element.focus();
    return true;
  }

  private shownValue = (path: Path, stored: JsonValue | undefined, format: (value: JsonValue | undefined) => string): string => {
    const draft = this.drafts.get(pathKey(path));
    return draft && JSON.stringify(draft.value) === JSON.stringify(stored) ? draft.typed : format(stored);
  };

  private onFilterChange(event: Event) {
    this.onlyMissing = (event.target as HTMLInputElement).checked;
    this.dispatchEvent(new CustomEvent('mle-filter', {detail: {onlyMissing: this.onlyMissing}, bubbles: true, composed: true}));
  }

  private emit(edit: Edit, group?: string) {
    this.dispatchEvent(
      new CustomEvent<EditEventDetail>('mle-edit', {detail: {edit, ...(group ? {group} : {})}, bubbles: true, composed: true})
    );
  }

  private announce(message: string) {
    this.dispatchEvent(new CustomEvent('mle-announce', {detail: {message}, bubbles: true, composed: true}));
  }

  private onFocusIn() {
    this.typedIn = undefined;
  }

  private onInput(event: Event) {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    this.typedIn = input;
    const data = input.dataset?.['edit'];
    if (!data) return;
    const target = JSON.parse(data) as EditTarget;
    const key = pathKey(target.path);
    switch (target.as) {
      case 'text':
        this.emit({type: 'text', path: target.path, language: target.language!, text: input.value}, `text:${key}:${target.language}`);
        return;
      case 'string':
        this.emit({type: 'set', path: target.path, value: input.value === '' ? undefined : input.value}, `set:${key}`);
        return;
      case 'number':
      case 'year':
      case 'lines': {
        const value = target.as === 'number' ? numberFromInput(input.value) : target.as === 'year' ? yearFromInput(input.value) : linesFromInput(input.value);
        this.drafts.set(key, {typed: input.value, value});
        this.emit({type: 'set', path: target.path, value}, `set:${key}`);
        return;
      }
      default:
        // Checkboxes and choices are handled on change, once.
        return;
    }
  }

  private onChange(event: Event) {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    const data = input.dataset?.['edit'];
    if (!data) return;
    const target = JSON.parse(data) as EditTarget;
    switch (target.as) {
      case 'flag':
        this.emit({type: 'set', path: target.path, value: (input as HTMLInputElement).checked ? true : undefined});
        return;
      case 'choice':
        this.emit({type: 'set', path: target.path, value: input.value === '' ? undefined : input.value});
        return;
      case 'unit-kind':
        this.emit({type: 'set', path: target.path, value: withUnitKind(getAt(this.doc, target.path), input.value as UnitKind)});
        return;
      case 'party-toggle':
        this.toggleParty(target, (input as HTMLInputElement).checked);
        return;
      default:
        return;
    }
  }

  private toggleParty(target: EditTarget, checked: boolean) {
    const party = target.party!;
    if (target.textItem) {
      // An item written as a text alone becomes {text, by} once someone is named.
      const item = getAt(this.doc, target.path);
      if (isTextItem(item) && checked) this.emit({type: 'set', path: target.path, value: {text: item!, by: [party]}});
      return;
    }
    const current = getAt(this.doc, target.path);
    const ids = Array.isArray(current) ? current.filter((id) => id !== party) : [];
    const next = checked ? [...ids, party] : ids;
    this.emit({type: 'set', path: target.path, value: next.length ? next : undefined});
  }

  private onFocusOut() {
    // Leaving a field ends its undo step.
    this.dispatchEvent(new CustomEvent('mle-seal', {bubbles: true, composed: true}));
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    const action = button.dataset['action']!;
    const path = JSON.parse(button.dataset['path'] ?? '[]') as Path;
    const kind = button.dataset['kind'] as ListKind | undefined;
    switch (action) {
      case 'preview': {
        const key = pathKey(path);
        const open = new Set(this.openPreviews);
        if (open.has(key)) open.delete(key);
        else open.add(key);
        this.openPreviews = open;
        return;
      }
      case 'add': {
        const list = getAt(this.doc, path);
        const index = Array.isArray(list) ? list.length : 0;
        this.pendingFocus = {kind: 'first-field', anchor: [...path, index]};
        this.emit({type: 'add', path});
        return;
      }
      case 'create':
        this.pendingFocus = {kind: 'first-field', anchor: path};
        this.emit({type: 'set', path, value: {}});
        return;
      case 'delete':
        this.pendingFocus = {kind: 'button', action: 'create', path};
        this.emit({type: 'set', path, value: undefined});
        return;
      case 'up':
      case 'down':
        this.moveItem(path, action === 'up' ? -1 : 1, action);
        return;
      case 'remove':
        this.removeItem(path, kind!);
        return;
    }
  }

  private moveItem(path: Path, step: number, action: string) {
    const listPath = path.slice(0, -1);
    const from = path[path.length - 1] as number;
    const list = getAt(this.doc, listPath);
    const to = from + step;
    if (!Array.isArray(list) || to < 0 || to >= list.length) return;
    const moved = [...listPath, to];
    const other = action === 'up' ? 'down' : 'up';
    // Focus stays on the button, in the item's new place; at the end of the list, on its other button.
    this.pendingFocus = {
      kind: 'button',
      action,
      path: moved,
      fallback: `button[data-action="${other}"][data-path="${CSS.escape(JSON.stringify(moved))}"]`,
    };
    this.emit({type: 'move', path: listPath, from, to});
  }

  private removeItem(path: Path, kind: ListKind) {
    const listPath = path.slice(0, -1);
    const index = path[path.length - 1] as number;
    const list = getAt(this.doc, listPath);
    const count = Array.isArray(list) ? list.length : 0;
    // Focus goes to the item that takes its place, else the one before it, else the list's "add" button.
    if (index < count - 1) this.pendingFocus = {kind: 'element', id: this.itemTitleId(path, kind)};
    else if (index > 0) this.pendingFocus = {kind: 'element', id: this.itemTitleId([...listPath, index - 1], kind)};
    else this.pendingFocus = {kind: 'button', action: 'add', path: listPath};
    this.announce(this.inLocale(() => listWords(kind).removed(index + 1)));
    this.emit({type: 'remove', path});
  }

  private itemTitleId(path: Path, kind: ListKind): string {
    return kind === 'place' ? idFor(path, 'field', 'sv') : idFor(path, 'heading');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mle-form': MleForm;
  }
}
