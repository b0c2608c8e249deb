import { useTranslation } from 'react-i18next';
import { BRIEFING_DEMO_LABEL } from '../../../../shared/domain/briefing/printLayout';

/** A CSS string literal of `text` (quotes and backslashes escaped, no line breaks). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]/g, ' ')}"`;
}

/**
 * Page numbers and the date produced when the briefing is printed from the browser (window.print),
 * drawn in the page's bottom margin with CSS margin boxes and the page's own font. The desktop
 * export does not render this: printToPDF draws its own footer from printLayout.ts.
 */
export function BrowserPrintFooter({ producedLabel, includesDemo }: { producedLabel: string; includesDemo: boolean }) {
  const { t } = useTranslation('briefing');
  const [before = '', between = '', after = ''] = t('doc.footerPage', { page: '\u0001', pages: '\u0002' }).split(/[\u0001\u0002]/);
  const pages = `${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)}`;
  const produced = cssString(`${t('doc.produced')}：${producedLabel}`);
  const box = "font-family: 'Noto Sans SC', sans-serif; font-size: 8pt; color: #000;";
  // Demo figures are said on every page, as the desktop export's footer does (printLayout.ts).
  const demo = includesDemo ? `@bottom-center { content: ${cssString(BRIEFING_DEMO_LABEL)}; ${box} }` : '';
  return (
    <style>{`@media print { @page { @bottom-left { content: ${produced}; ${box} } ${demo} @bottom-right { content: ${pages}; ${box} } } }`}</style>
  );
}
