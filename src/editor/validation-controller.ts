/**
 * The validator's verdict on the document as element state: checked a
 * moment after typing stops (not on every key), at once when asked (before
 * a save, on a language switch), and the text the preview shows with it, so
 * the problems and the preview always describe the same document.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {FieldProblem} from './form/context.js';
import type {UiLocale} from '../locale.js';
import {LANGUAGE_TAG} from '../feed/index.js';
import {anchorFor} from './model/anchors.js';
import {pathKey, type JsonValue} from './model/json.js';
import {validateFeed, type Validation} from './validation.js';

/** How long after the last change the document is checked. */
const QUIET_MS = 250;

export class ValidationController implements ReactiveController {
  /** The last verdict, undefined before the first check. */
  validation: Validation | undefined;
  /** The text that verdict is about: what the preview shows. */
  checkedText = '';
  private checkedDoc: JsonValue | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    /** The document as it stands, and its text as it would be saved. */
    private readonly current: () => {readonly doc: JsonValue; readonly text: string},
    private readonly locale: () => UiLocale
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The document changed: check it once the typing stops. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), QUIET_MS);
  }

  /** Checks the document as it stands, now. */
  check(): Validation {
    clearTimeout(this.timer);
    this.timer = undefined;
    const {doc, text} = this.current();
    this.validation = validateFeed(text, this.locale());
    this.checkedText = text;
    this.checkedDoc = doc;
    this.host.requestUpdate();
    this.host.dispatchEvent(new CustomEvent('mle-checked', {detail: {errors: this.validation.errors, warnings: this.validation.warnings}}));
    const waiting = this.waiting;
    this.waiting = [];
    void this.host.updateComplete.then(() => waiting.forEach((resolve) => resolve()));
    return this.validation;
  }

  /** Resolves once the document as it stands is checked and rendered. */
  get complete(): Promise<void> {
    if (this.timer === undefined && this.checkedDoc === this.current().doc) return this.host.updateComplete.then(() => undefined);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** The problems by the place on the form they stand at (model/anchors.ts), with the language they are inside. */
  byAnchor(): Map<string, FieldProblem[]> {
    const problems = new Map<string, FieldProblem[]>();
    for (const finding of this.validation?.findings ?? []) {
      const anchor = anchorFor(finding.segments);
      const inside = finding.segments[anchor.length];
      const language = finding.segments.length === anchor.length + 1 && typeof inside === 'string' && LANGUAGE_TAG.test(inside) ? inside : undefined;
      const key = pathKey(anchor);
      problems.set(key, [...(problems.get(key) ?? []), {severity: finding.severity, message: finding.message, ...(language ? {language} : {})}]);
    }
    return problems;
  }
}
