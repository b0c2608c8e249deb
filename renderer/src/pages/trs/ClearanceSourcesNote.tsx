import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DIRECTION_LABELS } from '../../../../shared/domain/trs/declarationRow';
import { useApiQuery } from '../../api/queries';

/**
 * Under the dashboard's cards: which days' 整体通关时间 were derived from declarations (and how many
 * declarations), and which are a clerk's typed figure. Shown only when declarations are behind any.
 */
export function ClearanceSourcesNote({ portIds, from, to }: { portIds: number[]; from: string; to: string }) {
  const { t } = useTranslation('trs');
  const sources = useApiQuery('getClearanceSources', { portIds, from, to }).data;
  if (!sources || sources.import.derivedDays + sources.export.derivedDays === 0) return null;
  const parts = (['import', 'export'] as const).map((d) => {
    const s = sources[d];
    const direction = DIRECTION_LABELS[d];
    const bits = [
      s.derivedDays > 0 ? t('sourceDerived', { direction, days: s.derivedDays, declarations: s.declarations }) : null,
      s.typedDays > 0 ? t('sourceTyped', { direction, days: s.typedDays }) : null,
    ].filter(Boolean);
    return bits.length > 0 ? bits.join('，') : t('sourceNone', { direction });
  });
  return (
    <Typography.Paragraph type="secondary" data-testid="clearance-sources">
      {t('sources')}
      {parts.join('；')}。<a href={`#/trs?from=${from}&to=${to}${portIds.length === 1 ? `&port=${portIds[0]}` : ''}`}>{t('title')}</a>
    </Typography.Paragraph>
  );
}
