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
          { key: 'list', label: t('tabList'), children: <MeasureList onOpen={(id) => go({ id })} /> },
          { key: 'overview', label: t('tabOverview'), children: <MeasuresOverviewPanel onOpen={(id) => go({ id })} /> },
        ]}
      />
      {openId !== null && (
        <MeasureDrawer
          id={openId}
          onClose={() => go({ id: null })}
          onDeleted={() => go({ id: null })}
        />
      )}
    </div>
  );
}
