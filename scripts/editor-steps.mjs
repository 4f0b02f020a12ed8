/**
 * Steps in the built editor (dist/editor.html) by what a person sees: its
 * groups, fields and buttons by their Swedish names. Shared by the pictures
 * of the editor (scripts/editor-screenshots.mjs) and its end-to-end tests
 * (test/e2e/editor.test.mjs, test/e2e/guide.test.mjs), so that a renamed
 * label is changed in one place.
 */

/** A group of the form (an item, a follow-up…) by the start of its name; nested: one inside the other. */
export function group(scope, ...names) {
  return names.reduce((inside, name) => inside.getByRole('group', {name: new RegExp(`^${name}`)}).first(), scope);
}

/** A text field of a group: "Område Svenska". */
export function textbox(scope, name) {
  return scope.getByRole('textbox', {name, exact: true});
}

/**
 * Fills a target's group as the guide describes it: "Trygghetsvandringar",
 * a unit with forms for one and for other numbers in Swedish and English,
 * and a goal of at least 4.
 */
export async function fillPluralTarget(target) {
  await textbox(target(), 'Vad mäts? Svenska').fill('Trygghetsvandringar');
  await textbox(target(), 'Vad mäts? Engelska').fill('Safety walks');
  await target().getByRole('combobox', {name: 'Slag av enhet'}).selectOption({label: 'Egen enhet i ord, med form för ental och flertal'});
  await textbox(target(), 'Enheten efter talet 1 Svenska').fill('vandring per år');
  await textbox(target(), 'Enheten efter talet 1 Engelska').fill('walk per year');
  await textbox(target(), 'Enheten efter andra tal Svenska').fill('vandringar per år');
  await textbox(target(), 'Enheten efter andra tal Engelska').fill('walks per year');
  await target().getByRole('button', {name: 'Lägg till målvärde'}).click();
  await target().getByRole('textbox', {name: 'Målvärde', exact: true}).fill('4');
  await target().getByRole('checkbox', {name: 'Målvärdet är ett minsta värde ("minst två")'}).check();
}
