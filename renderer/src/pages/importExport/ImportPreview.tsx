import { Alert, Card, Col, Row, Statistic, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportJob, ImportPreview as Preview } from '../../../../shared/contract/importExport';
import { DAY_VALUE_KEYS, type DayValueKey } from '../../../../shared/domain/dailyFields';
import { columnName, targetLabel } from '../../../../shared/domain/import/headerMatch';
import { OUTLIER_FACTOR, WINDOW_DAYS } from '../../../../shared/domain/usualRange';
import { displayValue } from '../days/DayHistory';

type NewDay = Preview['newDays'][number];
type ChangedDay = Preview['changedDays'][number];
type InvalidRow = Preview['invalidRows'][number];
type RangeWarning = Preview['rangeWarnings'][number];

const PAGE = { pageSize: 20, showSizeChanger: false, hideOnSinglePage: true } as const;

/** What the file will do to the store, before anything is written: counts, then the days and rows themselves. */
export function ImportPreview({ job }: { job: ImportJob }) {
  const { t } = useTranslation(['importExport', 'days', 'domain']);
  const preview = job.preview!;
  const c = preview.counts;
  const place = (r: { sheet: string; row: number }) => `${r.sheet} · ${r.row}`;
  const limited = (n: number) => (n > preview.listLimit ? <Typography.Text type="secondary">{t('listLimited', { n: preview.listLimit })}</Typography.Text> : null);
  const skipped = job.sheets.filter((s) => s.skipped).map((s) => s.name);

  return (
    <div data-testid="import-preview">
      <Row gutter={12} style={{ marginBottom: 12 }}>
        {(['newDays', 'changedDays', 'unchangedDays', 'invalidRows'] as const).map((k) => (
          <Col key={k} span={6}>
            <Card size="small">
              <Statistic
                title={t(`counts.${k}`)}
                value={c[k]}
                suffix={k === 'invalidRows' ? t('unitRows') : t('unitDays')}
                styles={{ content: k === 'invalidRows' && c[k] > 0 ? { color: '#cf1322' } : {} }}
                data-testid={`count-${k}`}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {job.sheets.some((s) => s.remembered) && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('rememberedMapping')} />}
      {preview.ignoredColumns.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('ignoredColumns', { list: preview.ignoredColumns.map((col) => col.column + (col.hint ? `（${col.hint}）` : '')).join('、') })}
        />
      )}
      {skipped.length > 0 && <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('skippedSheets', { list: skipped.join('、') })} />}
      {c.rangeWarnings > 0 && (
        <div data-testid="import-range-warnings" style={{ marginBottom: 12 }}>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            title={t('rangeWarningsTitle', { n: c.rangeWarnings, days: WINDOW_DAYS, factor: OUTLIER_FACTOR })}
            description={t('rangeWarningsHelp')}
          />
          {limited(c.rangeWarnings)}
          <Table<RangeWarning>
            size="small"
            rowKey={(r) => `${r.portId}-${r.date}-${r.field}`}
            dataSource={preview.rangeWarnings}
            pagination={{ ...PAGE, pageSize: 10 }}
            columns={[
              { title: t('col.port'), dataIndex: 'portName', width: 100 },
              { title: t('col.date'), dataIndex: 'date', width: 110 },
              { title: t('col.column'), dataIndex: 'column', width: 160 },
              { title: `${t('col.sheet')} · ${t('col.row')}`, key: 'place', width: 140, render: (_, r) => place(r) },
              { title: t('col.message'), dataIndex: 'message' },
            ]}
          />
        </div>
      )}
      <Tabs
        defaultActiveKey={c.invalidRows > 0 ? 'invalid' : c.changedDays > 0 ? 'changed' : 'new'}
        items={[
          {
            key: 'new',
            label: t('tabs.newDays', { n: c.newDays }),
            children: (
              <>
                {limited(c.newDays)}
                <Table<NewDay>
                  size="small"
                  data-testid="new-days"
                  rowKey={(r) => `${r.portId}-${r.date}`}
                  dataSource={preview.newDays}
                  pagination={PAGE}
                  locale={{ emptyText: t('emptyPreview') }}
                  columns={[
                    { title: t('col.port'), dataIndex: 'portName', width: 100 },
                    { title: t('col.date'), dataIndex: 'date', width: 110 },
                    {
                      title: t('col.figures'),
                      key: 'values',
                      render: (_, r) =>
                        DAY_VALUE_KEYS.filter((k) => r.values[k] !== null)
                          .map((k) => `${t(`domain:fields.${k}`)} ${displayValue(k, r.values[k], t)}`)
                          .join('；'),
                    },
                    { title: `${t('col.sheet')} · ${t('col.row')}`, key: 'place', width: 140, render: (_, r) => place(r) },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'changed',
            label: t('tabs.changedDays', { n: c.changedDays }),
            children: (
              <>
                {limited(c.changedDays)}
                <Table<ChangedDay>
                  size="small"
                  data-testid="changed-days"
                  rowKey={(r) => `${r.portId}-${r.date}`}
                  dataSource={preview.changedDays}
                  pagination={PAGE}
                  locale={{ emptyText: t('emptyPreview') }}
                  columns={[
                    { title: t('col.port'), dataIndex: 'portName', width: 100 },
                    { title: t('col.date'), dataIndex: 'date', width: 110 },
                    {
                      title: t('col.changes'),
                      key: 'changes',
                      render: (_, r) => (
                        <ul style={{ margin: 0, paddingLeft: 18 }}>
                          {r.changes.map((ch) => (
                            <li key={ch.field}>
                              {t(`domain:fields.${ch.field}`)}：{displayValue(ch.field as DayValueKey, ch.from, t)} → {displayValue(ch.field as DayValueKey, ch.to, t)}
                            </li>
                          ))}
                        </ul>
                      ),
                    },
                    { title: `${t('col.sheet')} · ${t('col.row')}`, key: 'place', width: 140, render: (_, r) => place(r) },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'invalid',
            label: t('tabs.invalidRows', { n: c.invalidRows }),
            children: (
              <>
                {limited(c.invalidRows)}
                <Table<InvalidRow>
                  size="small"
                  data-testid="invalid-rows"
                  rowKey={(r) => `${r.sheet}-${r.row}-${r.column}-${r.reason}`}
                  dataSource={preview.invalidRows}
                  pagination={PAGE}
                  locale={{ emptyText: t('emptyPreview') }}
                  columns={[
                    { title: t('col.sheet'), dataIndex: 'sheet', width: 120 },
                    { title: t('col.row'), dataIndex: 'row', width: 70 },
                    { title: t('col.column'), dataIndex: 'column', width: 160 },
                    { title: t('col.reason'), dataIndex: 'reason' },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'columns',
            label: t('tabs.columns'),
            children: job.sheets
              .filter((s) => s.headerRow !== null)
              .map((s) => (
                <div key={s.name} style={{ marginBottom: 12 }}>
                  <Typography.Text strong>{t('mappingSheet', { sheets: s.name, row: s.headerRow })}</Typography.Text>
                  <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
                    {s.mapping
                      .filter((m) => m.header.trim() !== '')
                      .map((m) => (
                        <li key={m.index}>
                          {columnName(m)} → {m.target ? targetLabel(m.target) + (m.unitFactor ? `（${m.unitFactor.unit}）` : '') : t('notImported')}
                        </li>
                      ))}
                  </ul>
                </div>
              )),
          },
        ]}
      />
    </div>
  );
}
