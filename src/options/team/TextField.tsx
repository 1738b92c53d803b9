interface Props {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onInput: (value: string) => void;
}

/** One labelled text field of the Team form, its hint read with it. */
export function TextField({ id, label, hint, value, onInput }: Props) {
  const hintId = `${id}-hint`;
  return (
    <div class="team-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        aria-describedby={hint ? hintId : undefined}
        autocomplete="off"
        spellcheck={false}
      />
      {hint && (
        <p id={hintId} class="muted">
          {hint}
        </p>
      )}
    </div>
  );
}
