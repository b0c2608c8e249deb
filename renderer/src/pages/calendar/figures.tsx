import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EMPTY_MARK, formatPercent, formatQuantity } from '../../../../shared/domain/format';
import { FIGURE_INFO, FIVE_PLUS_TWO_FIGURES, type FivePlusTwoFigure } from '../../../../shared/domain/kpi';

/** The four 5+2 figures, persons first: the figure officials quote first. */
export const FIGURE_OPTIONS: readonly FivePlusTwoFigure[] = ['persons', ...FIVE_PLUS_TWO_FIGURES.filter((f) => f !== 'persons')];

export function formatFigure(figure: FivePlusTwoFigure, value: number | null | undefined): string {
  return formatQuantity(FIGURE_INFO[figure].kind, value);
}

/** A difference of two percentages: "+16.7 个百分点"; "—" without one. */
export function formatPoints(points: number | null | undefined): string {
  const text = formatPercent(points);
  return text === EMPTY_MARK ? text : `${text.replace(/%$/, '')} 个百分点`;
}

/** "同比 +12.3%" with an arrow: up green, down red; "—" when there is no base. */
export function ChangeText({ label, pct, points }: { label: string; pct?: number | null; points?: number | null }) {
  const { t } = useTranslation('calendar');
  const value = points !== undefined ? points : (pct ?? null);
  const text = points !== undefined ? formatPoints(points) : formatPercent(pct);
  const up = value !== null && text !== EMPTY_MARK && value > 0 && /[1-9]/.test(text);
  const down = value !== null && text !== EMPTY_MARK && value < 0 && /[1-9]/.test(text);
  return (
    <Typography.Text className="change-text" type={up ? 'success' : down ? 'danger' : 'secondary'} title={text === EMPTY_MARK ? t('noBase') : undefined}>
      {label} {up && <ArrowUpOutlined />}
      {down && <ArrowDownOutlined />} {text}
    </Typography.Text>
  );
}
