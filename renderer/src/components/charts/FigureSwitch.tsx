import './charts.css';

export interface FigureSwitchProps<T extends string> {
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  label: string;
}

/**
 * A small row of toggle buttons (合计 / 进口 / 出口) for a chart's header. Plain buttons: a dashboard
 * has one per chart, and a styled-at-runtime control for each costs more than the chart's title.
 */
export function FigureSwitch<T extends string>({ value, options, onChange, label }: FigureSwitchProps<T>) {
  return (
    <span className="figure-switch" role="group" aria-label={label}>
      {options.map((o) => (
        <button key={o.value} type="button" aria-pressed={o.value === value} className={o.value === value ? 'figure-switch-on' : undefined} onClick={() => onChange(o.value)}>
          {o.label}
        </button>
      ))}
    </span>
  );
}
