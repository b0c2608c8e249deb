import { memo } from 'react';
import { Alert, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KpiReport } from '../../../../shared/contract/dashboard';
import { formatShortDateLabel } from '../../../../shared/domain/format';

/**
 * How far the figures can be trusted: days without a record in the period (本期缺少 N 天数据) and
 * in the bases of 环比 and 同比, and a period still running.
 */
export const CoverageNotice = memo(function CoverageNotice({ report }: { report: KpiReport }) {
  const { t } = useTranslation('dashboard');
  const { current, previous } = report.coverage;
  const many = report.ports.length > 1;
  const portName = new Map(report.ports.map((p) => [p.id, p.name]));

  const bases: string[] = [];
  if (previous && report.withheld.mom) bases.push(t('baseIncomplete', { reason: report.withheld.mom.reason, change: t('mom') }));
  if (report.withheld.yoy) bases.push(t('baseIncomplete', { reason: report.withheld.yoy.reason, change: t('yoy') }));

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="coverage-notice">
      {report.futureDays > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('running', { to: formatShortDateLabel(report.current.to), n: report.current.days, rest: report.futureDays })}
        />
      )}
      {current.missingDays > 0 && (
        <Alert
          type="warning"
          showIcon
          title={<span data-testid="coverage-missing">{t('missingDays', { n: current.missingDays })}</span>}
          description={
            <>
              {many && (
                <div>
                  {current.byPort
                    .filter((p) => p.missingDays > 0)
                    .map((p) => t('missingByPort', { port: portName.get(p.portId), n: p.missingDays }))
                    .join('，')}
                </div>
              )}
              <div>
                {t('missingExplain', { recorded: current.recordedDays, all: current.portDays })} <a href="#/grid">{t('fillIn')}</a>
              </div>
              {bases.length > 0 && <div>{bases.join('；')}</div>}
            </>
          }
        />
      )}
      {current.missingDays === 0 && bases.length > 0 && <Alert type="info" showIcon title={bases.join('；')} />}
    </Space>
  );
});
