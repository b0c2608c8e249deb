import type { useAppProps } from 'antd/es/app/context';
import type { TFunction } from 'i18next';
import { api } from '../../api/client';

type Parts = { label: string; count: number }[];
const partsText = (parts: Parts, t: TFunction) => parts.map((p) => t('importExport:demoPart', p)).join('，');

/** Loads the demo data set; true when done. Pages showing figures ask again (a write), so they show it. */
export async function loadDemoData(app: useAppProps, t: TFunction): Promise<boolean> {
  const r = await api.loadDemoData({});
  if (!r.ok) {
    void app.message.error(r.error.message);
    return false;
  }
  void app.message.success(t('importExport:demoLoaded', { list: partsText(r.value.parts, t) }));
  return true;
}

/** Asks, then removes the demo rows only; true when done. */
export async function removeDemoData(demoDays: number, app: useAppProps, t: TFunction): Promise<boolean> {
  const confirmed = await app.modal.confirm({
    title: t('importExport:demoRemoveConfirm'),
    content: t('importExport:demoRemoveConfirmText', { n: demoDays }),
    okText: t('importExport:demoRemove'),
    okButtonProps: { danger: true },
    cancelText: t('common:cancel'),
  });
  if (!confirmed) return false;
  const r = await api.removeDemoData({});
  if (!r.ok) {
    void app.message.error(r.error.message);
    return false;
  }
  void app.message.success(t('importExport:demoRemoved', { list: partsText(r.value.parts, t) }));
  return true;
}
