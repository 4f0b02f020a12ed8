/** PageLanguage on its own: the nearest `lang` outside the host, kept current. */
import {expect, fixture, html} from '@open-wc/testing';
import {PageLanguage} from '../../src/controllers/page-language.js';
import './host.js';
import type {ControllerHost} from './host.js';

describe('PageLanguage', () => {
  it('reads the nearest lang outside the host and follows changes to it', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"><section><controller-host></controller-host></section></div>`);
    const host = outer.querySelector<ControllerHost>('controller-host')!;
    const language = new PageLanguage(host);
    host.remove();
    outer.querySelector('section')!.append(host);
    expect(language.value).to.equal('en');
    const updates = host.updates;
    outer.querySelector('section')!.setAttribute('lang', 'sv');
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    await host.updateComplete;
    expect(language.value).to.equal('sv');
    expect(host.updates).to.be.greaterThan(updates);
  });

  it('is empty where no ancestor has a lang, and stops listening when the host leaves', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div><controller-host></controller-host></div>`);
    const host = outer.querySelector<ControllerHost>('controller-host')!;
    const saved = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const language = new PageLanguage(host);
      host.remove();
      outer.append(host);
      expect(language.value).to.equal('');
      host.remove();
      outer.setAttribute('lang', 'fi');
      await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
      expect(language.value).to.equal('');
    } finally {
      if (saved !== null) document.documentElement.setAttribute('lang', saved);
    }
  });
});
