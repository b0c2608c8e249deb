import { useEffect, useMemo, useState } from 'react';
import { Alert, Modal, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportSheet } from '../../../../shared/contract/importExport';
import { DAY_VALUE_KEYS, DAY_VALUE_LABELS } from '../../../../shared/domain/dailyFields';
import {
  displayUnitFactor,
  isNumericTarget,
  mappingProblems,
  unitChoices,
  type ColumnMapping,
  type ColumnMatch,
  type ImportTarget,
} from '../../../../shared/domain/import/headerMatch';

/** Sheets with the same header share one mapping (an export with a sheet per port has one shape). */
interface Shape {
  signature: string;
  sheets: string[];
  headerRow: number;
  samples: string[][];
}

function shapesOf(sheets: ImportSheet[]): Shape[] {
  const bySignature = new Map<string, Shape>();
  for (const s of sheets) {
    if (!s.signature || s.headerRow === null) continue;
    const shape = bySignature.get(s.signature);
    if (shape) shape.sheets.push(s.name);
    else bySignature.set(s.signature, { signature: s.signature, sheets: [s.name], headerRow: s.headerRow, samples: s.samples });
  }
  return [...bySignature.values()];
}

const NONE = '__none__';

/**
 * The column mapping, for the person to correct or complete: a field and a unit for each column.
 * Problems (no date column, a field taken twice) are shown as they are made, with the same rules the
 * core applies, and the import cannot go on until there are none.
 */
export function MappingDialog({ open, sheets, onSubmit, onCancel }: { open: boolean; sheets: ImportSheet[]; onSubmit(m: Record<string, ColumnMapping>): void; onCancel(): void }) {
  const { t } = useTranslation(['importExport', 'domain', 'common']);
  const shapes = useMemo(() => shapesOf(sheets), [sheets]);
  const [mappings, setMappings] = useState<Record<string, ColumnMapping>>({});

  useEffect(() => {
    if (!open) return;
    const initial: Record<string, ColumnMapping> = {};
    for (const s of sheets) if (s.signature && s.headerRow !== null) initial[s.signature] ??= s.mapping;
    setMappings(initial);
  }, [open, sheets]);

  const problems = Object.fromEntries(Object.entries(mappings).map(([sig, m]) => [sig, mappingProblems(m)]));
  const hasProblems = Object.values(problems).some((p) => p.length > 0);

  const targetOptions = [
    { value: NONE, label: t('notImported') },
    { value: 'date', label: t('targetDate') },
    { value: 'port', label: t('targetPort') },
    ...DAY_VALUE_KEYS.map((k) => ({ value: k, label: DAY_VALUE_LABELS[k] })),
  ];

  const update = (signature: string, index: number, change: (m: ColumnMatch) => ColumnMatch) =>
    setMappings((all) => ({ ...all, [signature]: all[signature]!.map((m) => (m.index === index ? change(m) : m)) }));

  const setTarget = (signature: string, index: number, value: string) =>
    update(signature, index, (m) => {
      const target = value === NONE ? null : (value as ImportTarget);
      const keepUnit = isNumericTarget(target) && m.unitFactor && unitChoices(target).some((u) => u.unit === m.unitFactor!.unit);
      return { ...m, target, hint: null, unitFactor: isNumericTarget(target) ? (keepUnit ? m.unitFactor : displayUnitFactor(target)) : null };
    });

  const setUnit = (signature: string, index: number, unit: string) =>
    update(signature, index, (m) => (isNumericTarget(m.target) ? { ...m, unitFactor: unitChoices(m.target).find((u) => u.unit === unit) ?? m.unitFactor } : m));

  return (
    <Modal
      open={open}
      title={t('mappingTitle')}
      width={900}
      okText={t('mappingSave')}
      cancelText={t('common:cancel')}
      okButtonProps={{ disabled: hasProblems }}
      onOk={() => onSubmit(mappings)}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('mappingHelp')}</Typography.Paragraph>
      {shapes.map((shape) => {
        const mapping = mappings[shape.signature] ?? [];
        return (
          <div key={shape.signature} style={{ marginBottom: 16 }} data-testid="mapping-sheet">
            <Typography.Text strong>{t('mappingSheet', { sheets: shape.sheets.join('”“'), row: shape.headerRow })}</Typography.Text>
            {(problems[shape.signature] ?? []).length > 0 && (
              <Alert type="error" style={{ margin: '8px 0' }} title={<ul style={{ margin: 0, paddingLeft: 18 }}>{problems[shape.signature]!.map((p) => <li key={p}>{p}</li>)}</ul>} />
            )}
            <Table<ColumnMatch>
              size="small"
              pagination={false}
              rowKey="index"
              dataSource={mapping}
              columns={[
                { title: t('col.header'), dataIndex: 'header', width: 180, render: (h: string, m) => h || `（${t('col.column')} ${m.index + 1}）` },
                { title: t('col.samples'), key: 'samples', render: (_, m) => <Typography.Text type="secondary">{(shape.samples[m.index] ?? []).join('；')}</Typography.Text> },
                {
                  title: t('col.target'),
                  key: 'target',
                  width: 190,
                  render: (_, m) => (
                    <Select
                      aria-label={`${m.header || m.index + 1} ${t('col.target')}`}
                      style={{ width: 170 }}
                      value={m.target ?? NONE}
                      options={targetOptions}
                      showSearch={{ optionFilterProp: 'label' }}
                      onChange={(v: string) => setTarget(shape.signature, m.index, v)}
                    />
                  ),
                },
                {
                  title: t('col.unit'),
                  key: 'unit',
                  width: 120,
                  render: (_, m) =>
                    isNumericTarget(m.target) ? (
                      <Select
                        aria-label={`${m.header || m.index + 1} ${t('col.unit')}`}
                        style={{ width: 100 }}
                        value={m.unitFactor?.unit}
                        options={unitChoices(m.target).map((u) => ({ value: u.unit, label: u.unit }))}
                        onChange={(v: string) => setUnit(shape.signature, m.index, v)}
                      />
                    ) : null,
                },
                { title: t('col.hint'), dataIndex: 'hint', render: (h: string | null) => (h ? <Typography.Text type="secondary">{h}</Typography.Text> : null) },
              ]}
            />
          </div>
        );
      })}
    </Modal>
  );
}
