import {
  fieldProblem,
  fieldsApart,
  type HouseStyle,
  type ItemField,
  shownValue,
} from '../core/markdown';
import { MAX_LONG_TEXT } from '../core/model/limits';
import { t } from './i18n';
import { apartText, choicesHint, itemFieldLabel, itemFieldProblemText } from './item-field-label';
import { fieldLimitText } from './too-long';

/**
 * A house style's own item fields (core/markdown/style/fields.ts) in an editor of a clip:
 * the workspace's and the side panel's. Each is labelled; a field with choices offers them
 * in a datalist and names them under the field, since a datalist's list is not in sight.
 */

/** The values the fields show for a clip's `extra`. */
export function shownValues(fields: ItemField[], extra: Record<string, string> | undefined) {
  return Object.fromEntries(fields.map((f) => [f.name, shownValue(f.name, extra?.[f.name] ?? '')]));
}

/** Why a field's value cannot be saved, in the editor's language, or null. */
export function itemFieldError(name: string, value: string): string | null {
  const why = fieldProblem(name, value);
  return why ? itemFieldProblemText(why) : fieldLimitText(value, MAX_LONG_TEXT);
}

/** Why the fields cannot be saved as they are: a value refused, or fields that never meet. */
export function itemFieldsRefusal(
  style: HouseStyle,
  fields: ItemField[],
  values: Record<string, string>,
): string | null {
  for (const [name, value] of Object.entries(values)) {
    const error = itemFieldError(name, value);
    if (error) return error;
  }
  const apart = fieldsApart(style, values);
  return apart.length ? apartText(fields, apart, style) : null;
}

interface Props {
  idPrefix: string;
  style: HouseStyle;
  fields: ItemField[];
  values: Record<string, string>;
  onInput: (name: string, value: string) => void;
  /** Problems are said once a save was tried, not while a tag is half typed. */
  showErrors: boolean;
}

export function ItemFieldsBox({ idPrefix, style, fields, values, onInput, showErrors }: Props) {
  if (fields.length === 0) return null;
  const apart = showErrors ? fieldsApart(style, values) : [];
  return (
    <fieldset class="item-fields">
      <legend>{t('itemFields')}</legend>
      {fields.map((field) => {
        const id = `${idPrefix}-extra-${field.name}`;
        const value = values[field.name] ?? '';
        const error = showErrors ? itemFieldError(field.name, value) : null;
        const described = [field.choices.length ? `${id}-hint` : '', error ? `${id}-error` : '']
          .join(' ')
          .trim();
        const common = {
          id,
          value,
          spellcheck: false,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': described || undefined,
          onInput: (event: Event) =>
            onInput(field.name, (event.currentTarget as HTMLInputElement).value),
        };
        return (
          <div class="field" key={field.name}>
            <label for={id}>{itemFieldLabel(field, style)}</label>
            {value.includes('\n') ? (
              <textarea rows={3} {...common} />
            ) : (
              <input
                type="text"
                list={field.choices.length ? `${id}-choices` : undefined}
                {...common}
              />
            )}
            {field.choices.length > 0 && (
              <>
                <datalist id={`${id}-choices`}>
                  {field.choices.map((choice) => (
                    <option key={choice} value={choice} />
                  ))}
                </datalist>
                <p id={`${id}-hint`} class="hint">
                  {choicesHint(field)}
                </p>
              </>
            )}
            {error && (
              <p id={`${id}-error`} class="error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      {apart.length > 0 && (
        <p class="error" role="alert">
          {apartText(fields, apart, style)}
        </p>
      )}
    </fieldset>
  );
}
