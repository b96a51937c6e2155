import { useId } from 'react';

interface ChoiceGroupProps<T extends string> {
  readonly legend: string;
  readonly value: T;
  readonly choices: readonly (readonly [T, string])[];
  readonly onChange: (value: T) => void;
}

/**
 * A switch between a few settings as radio buttons: one Tab stop, arrow keys move
 * between the choices, and the group's name is spoken. Each group gets its own radio
 * name, so two groups on one page never fight over the checked state.
 */
export function ChoiceGroup<T extends string>({ legend, value, choices, onChange }: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      <span className="choice-group__choices">
        {choices.map(([choice, label]) => (
          <label key={choice} className={choice === value ? 'choice-group__choice choice-group__choice--on' : 'choice-group__choice'}>
            <input type="radio" name={name} value={choice} checked={choice === value} onChange={() => onChange(choice)} />
            {label}
          </label>
        ))}
      </span>
    </fieldset>
  );
}
