/**
 * light-dom mode's stylesheet: the widget's own CSS scoped to the element
 * (src/light-dom-styles.ts). On a page with no CSS of its own, every element
 * a light-DOM widget renders must look exactly as in a shadow-root widget:
 * the same computed style, property by property, closed and open, in each
 * engine. A rule lost or mis-scoped in the light-DOM sheet shows here.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {MedborgarLoften} from '../../src/medborgar-loften.js';
import {settled, STROMSUND} from '../helpers/element.js';

/** Every element under a widget's `.base`, in document order. */
function rendered(el: MedborgarLoften): Element[] {
  const base = (el.shadowRoot ?? el).querySelector('.base')!;
  return [base, ...base.querySelectorAll('*')];
}

/** Where an element stands, for a failure message: its tag and classes, and those of its parents up to `.base`. */
function describePlace(element: Element): string {
  const names: string[] = [];
  for (let node: Element | null = element; node && !node.matches('medborgar-loften'); node = node.parentElement) {
    names.unshift(node.localName + [...node.classList].map((name) => `.${name}`).join(''));
    if (node.classList.contains('base')) break;
  }
  return names.join(' > ');
}

/**
 * Properties whose computed value is the box as laid out, not a style:
 * inside a closed `until-found` panel, whose layout the engine may skip,
 * they read 0 or not as it happens.
 */
const LAYOUT_RESULTS = new Set(['width', 'height', 'inline-size', 'block-size', 'perspective-origin', 'transform-origin']);

/** Computed styles that differ between two elements, for every property the engine computes. */
function styleDifferences(a: Element, b: Element): string[] {
  const styleA = getComputedStyle(a);
  const styleB = getComputedStyle(b);
  const differences: string[] = [];
  for (let index = 0; index < styleA.length; index++) {
    const property = styleA.item(index);
    if (LAYOUT_RESULTS.has(property)) continue;
    const valueA = styleA.getPropertyValue(property);
    const valueB = styleB.getPropertyValue(property);
    if (valueA !== valueB) differences.push(`${property}: ${valueA} (shadow) ≠ ${valueB} (light)`);
  }
  return differences;
}

describe('light-dom stylesheet', () => {
  for (const state of ['closed', 'open'] as const) {
    it(`styles every element as the shadow root does (${state})`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 40em">
        <medborgar-loften remember="off" src=${STROMSUND}></medborgar-loften>
        <medborgar-loften light-dom remember="off" src=${STROMSUND}></medborgar-loften>
      </div>`);
      const [shadow, light] = await Promise.all(
        [...container.querySelectorAll<MedborgarLoften>('medborgar-loften')].map((el) => settled(el))
      );
      if (state === 'open') {
        for (const el of [shadow!, light!]) {
          for (const button of (el.shadowRoot ?? el).querySelectorAll<HTMLButtonElement>('.toggle')) button.click();
          await el.updateComplete;
        }
      }
      const shadowElements = rendered(shadow!);
      const lightElements = rendered(light!);
      expect(lightElements.map(describePlace)).to.deep.equal(shadowElements.map(describePlace));
      const differences = shadowElements.flatMap((element, index) =>
        styleDifferences(element, lightElements[index]!).map((difference) => `${describePlace(element)}: ${difference}`)
      );
      expect(differences).to.deep.equal([]);
    });
  }
});
