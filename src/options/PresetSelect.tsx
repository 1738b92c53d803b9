import { useRef } from 'preact/hooks';
import { type Issue, isPresetName, PRESET_NAMES } from '../core/model';
import { DEFAULT_ITEM_TEMPLATE } from '../core/template';
import { updateIssue } from '../storage/issue-edit';
import { errorText, useNotify } from './notify';
import { tr } from './strings';

const CUSTOM = 'custom';

interface Props {
  issue: Issue;
  onSaved: (issue: Issue) => void;
}

/**
 * The house style. `custom` switches the issue to its item template; choosing a preset
 * again removes the template from the issue, and this page keeps the text, so switching
 * back within the session brings it back rather than losing it.
 */
export function PresetSelect({ issue, onSaved }: Props) {
  const notify = useNotify();
  const stash = useRef<string | undefined>(undefined);
  const value = issue.itemTemplate !== undefined ? CUSTOM : issue.preset;

  async function choose(choice: string) {
    const patch =
      choice === CUSTOM
        ? { itemTemplate: stash.current ?? DEFAULT_ITEM_TEMPLATE }
        : isPresetName(choice)
          ? { preset: choice, itemTemplate: undefined }
          : null;
    if (!patch) return;
    if (choice !== CUSTOM && issue.itemTemplate !== undefined) stash.current = issue.itemTemplate;
    try {
      const result = await updateIssue(issue.id, patch, { updatedAt: issue.updatedAt, values: {} });
      if (result.status === 'saved') onSaved(result.value);
      else notify({ text: tr('missing'), kind: 'error' });
    } catch (error) {
      notify({ text: tr('error', errorText(error)), kind: 'error' });
    }
  }

  return (
    <div class="field">
      <label for="issue-preset">{tr('preset')}</label>
      <select
        id="issue-preset"
        value={value}
        onChange={(event) => choose((event.currentTarget as HTMLSelectElement).value)}
      >
        {PRESET_NAMES.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
        <option value={CUSTOM}>{tr('presetCustom')}</option>
      </select>
    </div>
  );
}
