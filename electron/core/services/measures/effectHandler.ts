import { AppError } from '../../../../shared/contract/result';
import type { MeasureEffectOutput, MetricEffect } from '../../../../shared/contract/measures';
import { addDays, sameDateLastYear, todayInShanghai } from '../../../../shared/domain/dates';
import { effectOptionsForMetric, measureEffect, type OtherMeasureStart } from '../../../../shared/domain/measures/effect';
import { effectExplanation, effectSentence, isFavourable } from '../../../../shared/domain/measures/effectWords';
import { MEASURE_METRICS, MEASURE_METRIC_KEYS, MEASURE_STATUS_LABELS, type MeasureStatus, type MeasureMetricKey } from '../../../../shared/domain/measures/measureTypes';
import type { CoreDeps, Handlers } from '../../types';
import { loadMeasures, type LoadedMeasure } from './measureRows';
import { loadRecordedDays, metricSeries } from './metricSeries';

/**
 * Other measures that could have moved the same figure at the same port: those that started (a
 * start date and no longer 计划中), share the port, and name the figure. A measure that names no
 * figure (a hotline, a fee list) does not blur the comparison of one that does.
 */
function otherStartsFor(measure: LoadedMeasure, all: readonly LoadedMeasure[], portId: number, metric: MeasureMetricKey): OtherMeasureStart[] {
  return all
    .filter(
      (o) =>
        o.row.id !== measure.row.id &&
        o.row.status !== 'planned' &&
        o.row.start_date !== null &&
        o.portIds.includes(portId) &&
        o.metrics.includes(metric),
    )
    .map((o) => ({ label: `${o.row.code} ${o.row.title}`, date: o.row.start_date! }));
}

/** The same inputs always give the same interval: the seed comes from the measure and the figure. */
function seedFor(measureId: number, metric: MeasureMetricKey): number {
  return measureId * 1009 + MEASURE_METRIC_KEYS.indexOf(metric) + 1;
}

export function createEffectHandler(deps: CoreDeps): Pick<Handlers, 'measureEffect'> {
  const { store, now } = deps;
  const { db } = store;
  return {
    async measureEffect(input) {
      const all = await loadMeasures(db);
      const measure = all.find((m) => m.row.id === input.id);
      if (!measure) throw new AppError('NOT_FOUND', '该措施不存在或已被删除，请刷新后重试');
      const portId = input.portId ?? measure.portIds[0];
      if (portId === undefined) throw new AppError('INVALID_INPUT', '该措施没有适用的口岸，请先在编辑中选择口岸');
      if (!measure.portIds.includes(portId)) {
        throw new AppError('INVALID_INPUT', '该措施不适用于所选口岸', { portId: '该措施不适用于所选口岸' });
      }
      if (input.metric !== undefined && !measure.metrics.includes(input.metric)) {
        throw new AppError('INVALID_INPUT', `该措施未列入“${MEASURE_METRICS[input.metric].label}”这一指标`, { metric: '该措施未列入这一指标' });
      }
      const today = todayInShanghai(now());
      const status = measure.row.status as MeasureStatus;
      const startDate = measure.row.start_date;
      const base: MeasureEffectOutput = {
        measureId: measure.row.id,
        code: measure.row.code,
        title: measure.row.title,
        portId,
        startDate,
        windowDays: input.windowDays,
        today,
        unavailable: null,
        metrics: [],
      };
      if (status === 'planned' || startDate === null) {
        const why =
          status === 'planned'
            ? `措施仍为“${MEASURE_STATUS_LABELS.planned}”，尚未启动，没有可比较的启动日期。`
            : '措施没有登记启动日期，无法比较启动前后的数据。请在编辑中填写启动日期。';
        return { ...base, unavailable: why };
      }
      if (measure.metrics.length === 0) {
        return { ...base, unavailable: '该措施没有设定要影响的指标，无法评估效果。可在编辑中添加指标。' };
      }

      const windowDays = input.windowDays;
      // The comparison needs the same windows a year earlier, so the data reach back that far.
      const yearEarlierStart = sameDateLastYear(startDate);
      const from = addDays(yearEarlierStart, -windowDays);
      const to = addDays(startDate, windowDays - 1);
      const days = await loadRecordedDays(deps, portId, from, to < today ? to : addDays(today, -1));

      const metrics = input.metric ? [input.metric] : measure.metrics;
      const results: MetricEffect[] = metrics.map((metric) => {
        const series = metricSeries(days, metric);
        const effect = measureEffect({
          series,
          startDate,
          windowDays,
          otherStarts: otherStartsFor(measure, all, portId, metric),
          seed: seedFor(measure.row.id, metric),
          today,
          ...effectOptionsForMetric(metric),
        });
        const byDate = new Map(series.map((p) => [p.date, p]));
        // Both whole windows, this year and a year earlier, day by day from the start date; days
        // not yet come are blank, so an after-window that is not over shows as such on the chart.
        const chart = [];
        for (let offset = -windowDays; offset < windowDays; offset++) {
          const date = addDays(startDate, offset);
          const yearEarlierDate = addDays(yearEarlierStart, offset);
          const p = byDate.get(date);
          const q = byDate.get(yearEarlierDate);
          chart.push({
            offset,
            date,
            value: p?.value ?? null,
            portOpen: p?.portOpen ?? null,
            yearEarlierDate,
            yearEarlierValue: q?.value ?? null,
            yearEarlierPortOpen: q?.portOpen ?? null,
          });
        }
        const def = MEASURE_METRICS[metric];
        return {
          metric,
          label: def.label,
          unit: def.unit,
          better: def.better,
          target: measure.targets.find((t) => t.metric === metric) ?? null,
          effect,
          favourable: isFavourable(metric, effect.verdict),
          summary: effectSentence(metric, effect),
          explanation: effectExplanation(effect),
          chart,
        };
      });
      return { ...base, metrics: results };
    },
  };
}
