import type { ReactNode } from 'react';
import { DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { today } from './measureUi';

/** The Form.Item props that show a field's error under it, with a test id named after the form. */
export function errorStatus(errors: Record<string, string>, key: string, testPrefix: string) {
  return errors[key] ? { validateStatus: 'error' as const, help: <span data-testid={`${testPrefix}-error-${key}`}>{errors[key]}</span> } : {};
}

/**
 * The day a measure's status change or progress took place: today or earlier (the core refuses a
 * later one too), never blank.
 */
export function EffectiveDayItem({ label, value, onChange, extra, status }: { label: string; value: Dayjs; onChange(day: Dayjs): void; extra?: ReactNode; status: object }) {
  return (
    <Form.Item label={label} extra={extra} {...status}>
      <DatePicker
        aria-label={label}
        allowClear={false}
        value={value}
        disabledDate={(d) => d.format('YYYY-MM-DD') > today()}
        onChange={(d) => {
          if (d) onChange(d);
        }}
      />
    </Form.Item>
  );
}
