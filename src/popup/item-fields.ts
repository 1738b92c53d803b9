import {
  fieldProblem,
  fieldsApart,
  findStyle,
  itemFields,
  shownValue,
  withFieldValues,
} from '../core/markdown';
import type { Clip } from '../core/model';
import { getCurrentDigest } from '../storage/digests/digests';
import { listStyles } from '../storage/digests/styles';
import { getIssue, peekCurrentDraft } from '../storage/issues/issues';
import { t } from '../ui/i18n';
import {
  apartText,
  choicesHint,
  itemFieldLabel,
  itemFieldProblemText,
} from '../ui/item-field-label';
import { byId } from './dom';
import { state } from './state';

/**
 * The current digest's house style's own item fields (This Week in Rust's tags before the
 * link…), in the page details. Loaded with the rest: they need the database for the style,
 * and until they are shown a save leaves the clip's `extra` as it is.
 */

type Input = HTMLInputElement | HTMLTextAreaElement;
const inputs = () => [...document.querySelectorAll<Input>('[data-item-field]')];

function fieldElements(
  name: string,
  label: string,
  value: string,
  choices: readonly string[],
  hint: string,
): HTMLElement[] {
  const id = `field-extra-${name}`;
  const labelElement = document.createElement('label');
  labelElement.htmlFor = id;
  labelElement.textContent = label;
  // A value of several lines (text after a link that goes on in a sub-list) keeps them.
  const input = document.createElement(value.includes('\n') ? 'textarea' : 'input');
  input.id = id;
  input.dataset.itemField = name;
  input.value = value;
  input.spellcheck = false;
  const shown: HTMLElement[] = [labelElement, input];
  if (choices.length) {
    const list = document.createElement('datalist');
    list.id = `${id}-choices`;
    list.append(...choices.map((choice) => Object.assign(new Option(), { value: choice })));
    input.setAttribute('list', list.id);
    const note = document.createElement('p');
    note.id = `${id}-hint`;
    note.className = 'hint muted';
    note.textContent = hint;
    input.setAttribute('aria-describedby', note.id);
    shown.push(list, note);
  }
  return shown;
}

/**
 * The style the clip is written in: its issue's, else that of the draft a new clip joins,
 * else (no draft yet) the digest's, which its first draft will take.
 */
async function styleName(issueId: string | undefined): Promise<string> {
  const issue = issueId ? await getIssue(issueId) : await peekCurrentDraft();
  return issue?.style ?? (await getCurrentDigest()).style;
}

/** Shows the fields of the clip's style, filled from its `extra` or what was typed. */
export async function showItemFields(
  clip: Pick<Clip, 'extra' | 'issueId'> | undefined,
): Promise<void> {
  const extra = clip?.extra;
  const [name, custom] = await Promise.all([styleName(clip?.issueId), listStyles()]);
  const style = findStyle(name, custom);
  const fields = style ? itemFields(style) : [];
  const typed = Object.fromEntries(inputs().map((input) => [input.dataset.itemField, input.value]));
  const slot = byId('item-fields');
  if (!style || fields.length === 0) {
    slot.replaceChildren();
    slot.hidden = true;
    state.itemFields = undefined;
    return;
  }
  const legend = document.createElement('legend');
  legend.textContent = t('itemFields');
  slot.replaceChildren(
    legend,
    ...fields.flatMap((field) =>
      fieldElements(
        field.name,
        itemFieldLabel(field, style),
        typed[field.name] ?? shownValue(field.name, extra?.[field.name] ?? ''),
        field.choices,
        field.choices.length ? choicesHint(field) : '',
      ),
    ),
  );
  slot.hidden = false;
  state.itemFields = {
    // The whole `extra` as it will be stored: the clip's own values (those of a field this
    // style has not are kept), with the fields shown here as typed.
    read: () =>
      withFieldValues(
        state.base?.values.extra ?? extra,
        Object.fromEntries(inputs().map((input) => [input.dataset.itemField, input.value])),
      ) ?? {},
    problem: () => {
      for (const input of inputs()) {
        const why = fieldProblem(input.dataset.itemField ?? '', input.value);
        if (why) return { message: itemFieldProblemText(why), element: input };
      }
      const typedNow = Object.fromEntries(inputs().map((i) => [i.dataset.itemField, i.value]));
      const apart = fieldsApart(style, typedNow);
      const first = inputs().find((input) => apart.includes(input.dataset.itemField ?? ''));
      return first ? { message: apartText(fields, apart, style), element: first } : null;
    },
  };
}
