import { useState } from 'react';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigateTo } from '../../app/useHashRoute';
import { MeasureList } from './MeasureList';
import { MeasureDrawer } from './MeasureDrawer';
import { MeasuresOverviewPanel } from './MeasuresOverviewPanel';
import './measures.css';

/**
 * The clearance-measure register: the list (filters, search, sort, stalled and overdue rows
 * highlighted), an overview, and a drawer per measure with its progress log and its effect.
 * The open measure and the tab are in the URL (#/measures?id=3), so a reload or a link keeps them.
 */
export function MeasuresPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation('measures');
  const tab = params.get('tab') === 'overview' ? 'overview' : 'list';
  const openId = Number(params.get('id')) || null;
  const [version, setVersion] = useState(0);

  const go = (next: { tab?: string; id?: number | null }) => {
    const q: Record<string, string> = {};
    const nextTab = next.tab ?? tab;
    if (nextTab !== 'list') q.tab = nextTab;
    const id = next.id === undefined ? openId : next.id;
    if (id) q.id = String(id);
    navigateTo('/measures', q);
  };

  return (
    <div>
      <Tabs
        activeKey={tab}
        onChange={(key) => go({ tab: key })}
        items={[
          { key: 'list', label: t('tabList'), children: <MeasureList version={version} onOpen={(id) => go({ id })} onChanged={() => setVersion((v) => v + 1)} /> },
          { key: 'overview', label: t('tabOverview'), children: <MeasuresOverviewPanel version={version} onOpen={(id) => go({ id })} /> },
        ]}
      />
      {openId !== null && (
        <MeasureDrawer
          id={openId}
          onClose={() => go({ id: null })}
          onChanged={() => setVersion((v) => v + 1)}
          onDeleted={() => {
            setVersion((v) => v + 1);
            go({ id: null });
          }}
        />
      )}
    </div>
  );
}
