/**
 * The bundle's entry: registers <medborgar-loften> and starts the
 * `data-medborgar-loften` mount. Guarded, so that a page that loads the
 * script twice (two embeds, a CMS that repeats it) keeps the first
 * definition and the first mount watcher instead of throwing.
 */
import {MedborgarLoften} from './medborgar-loften.js';
import {watchMounts} from './mount.js';

export {MedborgarLoften};
export type {LoadEventDetail, ErrorEventDetail, ToggleEventDetail, Status} from './medborgar-loften.js';
export {FeedError} from './feed-error.js';
export type {FeedErrorKind} from './feed-error.js';

if (!customElements.get('medborgar-loften')) {
  customElements.define('medborgar-loften', MedborgarLoften);
  watchMounts('medborgar-loften');
}
