/**
 * Undo and redo: steps, typing grouped into one step per field, and limits.
 */
import {expect} from '@open-wc/testing';
import {History} from '../../src/editor/model/history.js';

type Step = ['push', string, string?] | ['undo'] | ['redo'] | ['seal'];

const rows: {name: string; steps: Step[]; present: string; canUndo: boolean; canRedo: boolean}[] = [
  {name: 'nothing yet', steps: [], present: 'a', canUndo: false, canRedo: false},
  {name: 'one change', steps: [['push', 'b']], present: 'b', canUndo: true, canRedo: false},
  {name: 'undo it', steps: [['push', 'b'], ['undo']], present: 'a', canUndo: false, canRedo: true},
  {name: 'and redo it', steps: [['push', 'b'], ['undo'], ['redo']], present: 'b', canUndo: true, canRedo: false},
  {name: 'undo with nothing to undo', steps: [['undo']], present: 'a', canUndo: false, canRedo: false},
  {name: 'redo with nothing to redo', steps: [['push', 'b'], ['redo']], present: 'b', canUndo: true, canRedo: false},
  {name: 'a change after undo drops the redo', steps: [['push', 'b'], ['undo'], ['push', 'c']], present: 'c', canUndo: true, canRedo: false},
  {
    name: 'typing in one field is one step',
    steps: [['push', 'T', 'area'], ['push', 'Tr', 'area'], ['push', 'Tra', 'area'], ['undo']],
    present: 'a',
    canUndo: false,
    canRedo: true,
  },
  {
    name: 'another field is another step',
    steps: [['push', 'T', 'area'], ['push', 'T+x', 'promise'], ['undo']],
    present: 'T',
    canUndo: true,
    canRedo: true,
  },
  {
    name: 'leaving the field ends its step',
    steps: [['push', 'T', 'area'], ['seal'], ['push', 'Tr', 'area'], ['undo']],
    present: 'T',
    canUndo: true,
    canRedo: true,
  },
  {
    name: 'after undo, typing again starts a new step',
    steps: [['push', 'T', 'area'], ['undo'], ['push', 'X', 'area'], ['push', 'XY', 'area'], ['undo']],
    present: 'a',
    canUndo: false,
    canRedo: true,
  },
  {name: 'the same state twice is no step', steps: [['push', 'a']], present: 'a', canUndo: false, canRedo: false},
];

describe('editor history', () => {
  for (const row of rows) {
    it(row.name, () => {
      const history = new History('a');
      for (const step of row.steps) {
        if (step[0] === 'push') history.push(step[1], step[2]);
        else if (step[0] === 'undo') history.undo();
        else if (step[0] === 'redo') history.redo();
        else history.seal();
      }
      expect({present: history.present, canUndo: history.canUndo, canRedo: history.canRedo}).to.deep.equal({
        present: row.present,
        canUndo: row.canUndo,
        canRedo: row.canRedo,
      });
    });
  }

  it('keeps at most its limit of steps', () => {
    const history = new History(0, 3);
    for (let n = 1; n <= 10; n++) history.push(n);
    let undone = 0;
    while (history.undo() !== undefined) undone += 1;
    expect(undone).to.equal(3);
    expect(history.present).to.equal(7);
  });

  it('starts over on reset', () => {
    const history = new History('a');
    history.push('b');
    history.reset('z');
    expect([history.present, history.canUndo, history.canRedo]).to.deep.equal(['z', false, false]);
  });
});
