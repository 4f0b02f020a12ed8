/**
 * ProgressiveFill on its own: what the first render holds, the steps after
 * the first paint, a refill keeping old content, printing, and when
 * `complete` resolves.
 */
import {expect} from '@open-wc/testing';
import {ProgressiveFill} from '../../src/controllers/progressive-fill.js';
import {connectedHost, nextFrameAndTask} from './host.js';

const fragments = (count: number) => Array.from({length: count}, (_, index) => `p/${index}`);

describe('ProgressiveFill', () => {
  let settled = false;
  afterEach(() => {
    document.querySelectorAll('controller-host').forEach((host) => host.remove());
    settled = false;
  });

  it('shows the first promises at once and fills nothing before the first paint', async () => {
    const host = await connectedHost();
    const fill = new ProgressiveFill(host, 3, () => settled);
    settled = true;
    fill.start(fragments(10));
    expect(fragments(10).map(fill.isShown)).to.deep.equal([true, true, true, false, false, false, false, false, false, false]);
    expect(fragments(10).some(fill.isFilled)).to.equal(false);
  });

  it('adds the rest in steps after a frame, headings before panels, each step its own update', async () => {
    const host = await connectedHost();
    const fill = new ProgressiveFill(host, 1, () => settled);
    settled = true;
    fill.start(fragments(200));
    const updatesBefore = host.updates;
    await nextFrameAndTask();
    await host.updateComplete;
    // One step: more headings, no panel yet, and not everything at once.
    const shown = fragments(200).filter(fill.isShown).length;
    expect(shown).to.be.greaterThan(1);
    expect(shown).to.be.lessThan(200);
    expect(fragments(200).some(fill.isFilled)).to.equal(false);
    await fill.complete;
    expect(fragments(200).every(fill.isShown) && fragments(200).every(fill.isFilled)).to.equal(true);
    expect(host.updates - updatesBefore, 'several short steps, not one long one').to.be.greaterThan(2);
  });

  it('keeps filled panels as stale after a refill until a step reaches them again', async () => {
    const host = await connectedHost();
    const fill = new ProgressiveFill(host, 5, () => settled);
    settled = true;
    fill.start(fragments(5));
    await fill.complete;
    fill.refill();
    expect(fragments(5).every(fill.isStale)).to.equal(true);
    expect(fragments(5).some(fill.isFilled)).to.equal(false);
    await fill.complete;
    expect(fragments(5).every(fill.isFilled)).to.equal(true);
  });

  it('fills everything at once for printing, and says whether anything changed', async () => {
    const host = await connectedHost();
    const fill = new ProgressiveFill(host, 2, () => settled);
    settled = true;
    fill.start(fragments(50));
    expect(fill.fillAll()).to.equal(true);
    expect(fragments(50).every(fill.isShown) && fragments(50).every(fill.isFilled)).to.equal(true);
    expect(fill.fillAll()).to.equal(false);
  });

  it('resolves complete only once the host has settled, and at once for nothing to fill', async () => {
    const host = await connectedHost();
    const fill = new ProgressiveFill(host, 2, () => settled);
    let resolved = false;
    void fill.complete.then(() => (resolved = true));
    fill.clear();
    host.requestUpdate();
    await host.updateComplete;
    await nextFrameAndTask();
    expect(resolved, 'not before the host has a feed or an error').to.equal(false);
    settled = true;
    host.requestUpdate();
    await host.updateComplete;
    await Promise.resolve();
    expect(resolved).to.equal(true);
  });

  it('stops stepping while the host is out of the page, and goes on when it is back', async () => {
    const host = await connectedHost();
    const fill = new ProgressiveFill(host, 1, () => settled);
    settled = true;
    fill.start(fragments(100));
    host.remove();
    await nextFrameAndTask();
    await nextFrameAndTask();
    expect(fragments(100).filter(fill.isShown).length).to.equal(1);
    document.body.append(host);
    await fill.complete;
    expect(fragments(100).every(fill.isFilled)).to.equal(true);
  });
});
