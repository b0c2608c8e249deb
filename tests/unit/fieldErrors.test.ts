import { describe, expect, it } from 'vitest';
import type { FormInstance } from 'antd';
import type { ApiError } from '../../shared/contract';
import { showFieldErrors } from '../../renderer/src/components/forms/fieldErrors';

/** What the helper hands to antd's `form.setFields`, recorded. */
function recordingForm() {
  const set: { name: unknown; errors: string[] }[] = [];
  const form = { setFields: (fields: { name: unknown; errors: string[] }[]) => set.push(...fields) } as unknown as FormInstance;
  return { form, set };
}

const refused = (fieldErrors?: Record<string, string>): ApiError => ({ code: 'INVALID_INPUT', message: '输入有误，请检查标出的项目', ...(fieldErrors ? { fieldErrors } : {}) });

describe('a refused write’s field errors go on the form', () => {
  it('puts each message on the field its path starts with, the first per field, and leaves nothing to show elsewhere', () => {
    const { form, set } = recordingForm();
    const rest = showFieldErrors(form, refused({ 'units.1': '单位不能为空', 'units.3': '单位太长', name: '名称已存在' }), { fields: ['units', 'name'] });
    expect(set).toEqual([
      { name: 'units', errors: ['单位不能为空'] },
      { name: 'name', errors: ['名称已存在'] },
    ]);
    expect(rest).toBeNull();
  });

  it('renames an input key to the field that edits it', () => {
    const { form, set } = recordingForm();
    showFieldErrors(form, refused({ from: '开始日期不能晚于结束日期', to: '结束日期无效' }), { fields: ['dates'], rename: { from: 'dates', to: 'dates' } });
    expect(set).toEqual([{ name: 'dates', errors: ['开始日期不能晚于结束日期'] }]);
  });

  it('returns a message no field can show, to be shown beside the form', () => {
    const { form, set } = recordingForm();
    const rest = showFieldErrors(form, refused({ title: '标题不能为空', 'figures.0.value': '目标值必须是数字' }), { fields: ['title'] });
    expect(set).toEqual([{ name: 'title', errors: ['标题不能为空'] }]);
    expect(rest).toBe('目标值必须是数字');
  });

  it('returns the error’s own message when it names no field (a conflict, a refusal)', () => {
    const { form, set } = recordingForm();
    expect(showFieldErrors(form, refused(), { fields: ['title'] })).toBe('输入有误，请检查标出的项目');
    expect(set).toEqual([]);
  });
});
