import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DAY_VALUE_LABELS, FIELD_GROUP_LABELS } from '../../../shared/domain/dailyFields';
import { DAY_TYPE_LABELS } from '../../../shared/domain/dayType';
import { MEASURE_CATEGORY_LABELS, MEASURE_STATUS_LABELS, MEASURE_METRICS } from '../../../shared/domain/measures/measureTypes';

/**
 * Every UI string lives in a catalog. Field, group and day-type names come from the shared domain
 * registry (the briefing and the import use the same names), loaded here as the `domain` namespace.
 * Each feature adds its own namespace file under zh-CN/.
 */
const domain = {
  fields: DAY_VALUE_LABELS,
  groups: FIELD_GROUP_LABELS,
  dayTypes: DAY_TYPE_LABELS,
  measureStatuses: MEASURE_STATUS_LABELS,
  measureCategories: MEASURE_CATEGORY_LABELS,
  metrics: Object.fromEntries(Object.values(MEASURE_METRICS).map((m) => [m.key, m.label])),
  metricUnits: Object.fromEntries(Object.values(MEASURE_METRICS).map((m) => [m.key, m.unit])),
};

const featureCatalogs = import.meta.glob<{ default: Record<string, unknown> }>('./zh-CN/*.json', { eager: true });
const zhCN: Record<string, Record<string, unknown>> = { domain };
for (const [path, mod] of Object.entries(featureCatalogs)) {
  const ns = path.replace(/^.*\/(.+)\.json$/, '$1');
  zhCN[ns] = mod.default;
}

void i18n.use(initReactI18next).init({
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  resources: { 'zh-CN': zhCN },
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
