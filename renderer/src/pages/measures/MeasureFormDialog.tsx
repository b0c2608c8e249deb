import { useEffect, useState } from 'react';
import { Alert, App as AntApp, AutoComplete, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/contract';
import type { MeasureDetail } from '../../../../shared/contract/measures';
import {
  MEASURE_CATEGORIES,
  MEASURE_STATUSES,
  MEASURE_METRICS,
  MEASURE_METRIC_KEYS,
  type MeasureCategory,
  type MeasureStatus,
  type MeasureMetricKey,
  type TargetComparator,
} from '../../../../shared/domain/measures/measureTypes';
import { PORT_UNITS } from '../../../../shared/domain/measures/template';
import { useApiMutation } from '../../api/queries';
import { useSession } from '../../app/session';
import { showFieldErrors } from '../../components/forms/fieldErrors';
import { leaveUnsaved, useLeaveGuard } from '../../app/leaveGuard';
import { readingPortOptions } from '../../app/portOptions';

interface FigureRow {
  metric?: MeasureMetricKey;
  comparator?: TargetComparator | '';
  value?: number | null;
}

interface FormValues {
  code: string;
  title: string;
  category?: MeasureCategory;
  description: string;
  leadUnit: string;
  partnerUnits: string[];
  portIds: number[];
  startDate: Dayjs | null;
  endDate: Dayjs | null;
  status: MeasureStatus;
  figures: FigureRow[];
}

function initialValues(m: MeasureDetail | null, portId: number | null): FormValues {
  if (!m) {
    return {
      code: '',
      title: '',
      description: '',
      leadUnit: '',
      partnerUnits: [],
      portIds: portId !== null ? [portId] : [],
      startDate: null,
      endDate: null,
      status: 'planned',
      figures: [],
    };
  }
  return {
    code: m.code,
    title: m.title,
    category: m.category,
    description: m.description,
    leadUnit: m.leadUnit,
    partnerUnits: m.partnerUnits,
    portIds: m.portIds,
    startDate: m.startDate ? dayjs(m.startDate) : null,
    endDate: m.endDate ? dayjs(m.endDate) : null,
    status: m.status,
    figures: m.metrics.map((metric) => {
      const target = m.targets.find((t) => t.metric === metric);
      return { metric, comparator: target?.comparator ?? '', value: target?.value ?? null };
    }),
  };
}

/** The fields a write's errors can be shown at; the figures' rows say theirs above the form. */
const FORM_FIELDS: readonly (keyof FormValues)[] = ['code', 'title', 'category', 'description', 'leadUnit', 'partnerUnits', 'portIds', 'startDate', 'endDate', 'status'];

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** Create or edit a measure. The status is set here only when a measure is first entered; later it moves through 更改状态. */
export function MeasureFormDialog({
  open,
  measure = null,
  units,
  onClose,
  onSaved,
}: {
  open: boolean;
  measure?: MeasureDetail | null;
  units: string[];
  onClose(): void;
  onSaved(m: MeasureDetail): void;
}) {
  const { t } = useTranslation(['measures', 'domain', 'common']);
  const { message } = AntApp.useApp();
  const { ports, portId } = useSession();
  const [form] = Form.useForm<FormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const { run: updateMeasure, pending: updating } = useApiMutation('updateMeasure');
  const { run: createMeasure, pending: creating } = useApiMutation('createMeasure');
  const saving = updating || creating;
  // Typed but not saved: closing the dialog or leaving the page asks first.
  const [dirty, setDirty] = useState(false);
  const saved = useLeaveGuard(open && dirty);
  const cancel = () => {
    if (!dirty || leaveUnsaved()) {
      setDirty(false);
      onClose();
    }
  };

  useEffect(() => {
    if (!open) return;
    setDirty(false);
    setFormError(null);
    form.resetFields();
    form.setFieldsValue(initialValues(measure, portId));
  }, [open, measure, portId, form]);

  const unitOptions = [...new Set([...PORT_UNITS, ...units])].map((u) => ({ value: u, label: u }));

  const submit = async () => {
    const v = form.getFieldsValue(true) as FormValues;
    const figures = (v.figures ?? []).filter((f) => f.metric);
    const missingValue = figures.findIndex((f) => f.comparator && (f.value === null || f.value === undefined));
    if (missingValue >= 0) {
      form.setFields([{ name: ['figures', missingValue, 'value'], errors: [t('targetValueMissing')] }]);
      return;
    }
    const fields = {
      code: v.code ?? '',
      title: v.title ?? '',
      category: v.category as MeasureCategory,
      description: v.description ?? '',
      leadUnit: v.leadUnit ?? '',
      partnerUnits: v.partnerUnits ?? [],
      portIds: v.portIds ?? [],
      startDate: iso(v.startDate),
      endDate: iso(v.endDate),
      metrics: figures.map((f) => f.metric!),
      targets: figures
        .filter((f) => f.comparator)
        .map((f) => ({ metric: f.metric!, comparator: f.comparator as TargetComparator, value: Number(f.value) })),
    };
    const r = measure
      ? await updateMeasure({ ...fields, id: measure.id, expectedRevision: measure.revision })
      : await createMeasure({ ...fields, status: v.status } satisfies MethodInput<'createMeasure'>);
    if (r.ok) {
      setDirty(false);
      saved();
      void message.success(measure ? t('savedMeasure', { code: r.value.code }) : t('createdMeasure', { code: r.value.code }));
      onSaved(r.value);
      return;
    }
    setFormError(showFieldErrors(form, r.error, { fields: FORM_FIELDS }));
  };

  const comparatorFor = (metric: MeasureMetricKey | undefined): TargetComparator => (metric && MEASURE_METRICS[metric].better === 'lower' ? '<=' : '>=');

  return (
    <Modal
      title={measure ? t('editTitle', { code: measure.code }) : t('createTitle')}
      open={open}
      onCancel={cancel}
      onOk={() => void submit()}
      okText={t('common:save')}
      cancelText={t('common:cancel')}
      okButtonProps={{ loading: saving }}
      width={760}
      destroyOnHidden
    >
      {formError && <Alert type="error" title={formError} style={{ marginBottom: 12 }} data-testid="measure-form-error" />}
      <Form form={form} layout="vertical" onFinish={() => void submit()} onValuesChange={() => setDirty(true)}>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name="code" label={t('code')} required>
              <Input aria-label={t('code')} maxLength={20} placeholder="ZM-23" />
            </Form.Item>
          </Col>
          <Col span={18}>
            <Form.Item name="title" label={t('titleField')} required>
              <Input aria-label={t('titleField')} maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="category" label={t('category')} required>
              <Select
                aria-label={t('category')}
                options={MEASURE_CATEGORIES.map((c) => ({ value: c, label: t(`domain:measureCategories.${c}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="leadUnit" label={t('leadUnit')} required>
              <AutoComplete aria-label={t('leadUnit')} options={unitOptions} filterOption />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="portIds" label={t('ports')} required>
              <Select aria-label={t('ports')} mode="multiple" options={readingPortOptions(ports)} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="partnerUnits" label={t('partnerUnits')}>
              <Select aria-label={t('partnerUnits')} mode="tags" options={unitOptions} tokenSeparators={['、', ',', '，']} />
            </Form.Item>
          </Col>
          {!measure && (
            <Col span={8}>
              <Form.Item name="status" label={t('initialStatus')} tooltip={t('initialStatusHint')}>
                <Select aria-label={t('initialStatus')} options={MEASURE_STATUSES.map((s) => ({ value: s, label: t(`domain:measureStatuses.${s}`) }))} />
              </Form.Item>
            </Col>
          )}
          <Col span={8}>
            <Form.Item name="startDate" label={t('startDate')} tooltip={t('startDateHint')}>
              <DatePicker aria-label={t('startDate')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="endDate" label={t('endDate')}>
              <DatePicker aria-label={t('endDate')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="description" label={t('description')}>
              <Input.TextArea aria-label={t('description')} rows={2} maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('figures')} tooltip={t('figuresHint')}>
          <Form.List name="figures">
            {(rows, { add, remove }) => (
              <>
                {rows.map((row, i) => (
                  <Space key={row.key} align="start" style={{ display: 'flex', marginBottom: 4 }}>
                    <Form.Item name={[row.name, 'metric']} style={{ marginBottom: 0 }}>
                      <Select
                        aria-label={t('figureN', { n: i + 1 })}
                        style={{ width: 200 }}
                        placeholder={t('chooseFigure')}
                        options={MEASURE_METRIC_KEYS.map((k) => ({ value: k, label: `${MEASURE_METRICS[k].label}（${MEASURE_METRICS[k].unit}）` }))}
                        onChange={(metric: MeasureMetricKey) => {
                          const current = form.getFieldValue(['figures', row.name, 'comparator']) as string | undefined;
                          if (current) form.setFieldValue(['figures', row.name, 'comparator'], comparatorFor(metric));
                        }}
                      />
                    </Form.Item>
                    <Form.Item name={[row.name, 'comparator']} style={{ marginBottom: 0 }}>
                      <Select
                        aria-label={t('targetN', { n: i + 1 })}
                        style={{ width: 110 }}
                        options={[
                          { value: '', label: t('noTarget') },
                          { value: '<=', label: t('atMost') },
                          { value: '>=', label: t('atLeast') },
                        ]}
                      />
                    </Form.Item>
                    <Form.Item name={[row.name, 'value']} style={{ marginBottom: 0 }}>
                      <InputNumber aria-label={t('targetValueN', { n: i + 1 })} style={{ width: 120 }} placeholder={t('targetValue')} />
                    </Form.Item>
                    <Button aria-label={t('removeFigure')} icon={<DeleteOutlined />} onClick={() => remove(row.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ comparator: '', value: null })}>
                  {t('addFigure')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
