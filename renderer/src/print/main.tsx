import './earlyStart';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans-sc/chinese-simplified-400.css';
import '@fontsource/noto-sans-sc/chinese-simplified-700.css';
import '../i18n';
import './print.css';
import { BriefingPrintView } from './BriefingPrintView';

/**
 * The print page (print.html): the briefing document and what it needs to be drawn — React, the
 * charts, the catalogs and the bundled font — and nothing of the app around it (no antd, no menus,
 * no router, no sign-in screen), so that opening it to print a PDF reads a fraction of the app's
 * script. Its parameters are in the hash (shared/domain/briefing/printLayout.ts).
 */
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BriefingPrintView params={new URLSearchParams(window.location.hash.replace(/^#/, ''))} />
  </StrictMode>,
);
