import { type Category, categoryLabel } from '../core/model';
import type { FormFields } from './form';

/** The form's fields, in the page's HTML from the start (index.html). */
export const FIELD_NAMES = [
  'heading',
  'comment',
  'categoryId',
  'pageTitle',
  'url',
  'description',
] as const satisfies readonly (keyof FormFields)[];

type FieldElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
export const field = (name: keyof FormFields) => byId<FieldElement>(`field-${name}`);
export const form = () => byId<HTMLFormElement>('clip-form');
export const saveButton = () => byId<HTMLButtonElement>('save');

/** Fields the user typed in: whatever arrives later (a pending comment, the page) leaves them be. */
export const touched = new Set<keyof FormFields>();

export function readFields(): FormFields {
  const values = Object.fromEntries(FIELD_NAMES.map((name) => [name, field(name).value]));
  return values as unknown as FormFields;
}

/** Writes values into the fields the user has not typed in; typed text never moves. */
export function fillUntouched(values: Partial<FormFields>): void {
  for (const name of FIELD_NAMES) {
    const value = values[name];
    if (value === undefined || touched.has(name)) continue;
    const element = field(name);
    if (element.value !== value) element.value = value;
  }
  offerWholeTitle();
}

/**
 * The page's whole title as the heading field's one choice: the suggestion leaves a site
 * name off, and the title as the page has it is the down arrow away.
 */
export function offerWholeTitle(): void {
  const title = field('pageTitle').value.trim();
  const list = byId<HTMLDataListElement>('heading-choices');
  if (list.firstElementChild?.getAttribute('value') === title) return;
  const option = document.createElement('option');
  option.value = title;
  list.replaceChildren(...(title ? [option] : []));
}

/** The category menu; the current choice stays when it is still offered. */
export function showCategories(categories: Category[], chosen: string): void {
  const select = field('categoryId') as HTMLSelectElement;
  const keep = touched.has('categoryId') ? select.value : chosen;
  select.replaceChildren(
    ...categories.map((category) => {
      const option = document.createElement('option');
      option.value = category.id;
      option.textContent = categoryLabel(category);
      return option;
    }),
  );
  if (categories.some((c) => c.id === keep)) select.value = keep;
}

/** Fills every `data-i18n` element with its message: labels are there at the first paint. */
export function fillStrings(message: (key: string) => string): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = message(element.dataset.i18n ?? '');
  }
}

export function showText(id: string, text: string): void {
  const element = byId(id);
  element.textContent = text;
  element.hidden = !text;
}
