import { firstAnswersIn, firstPageLoaded } from './app/earlyStart';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import '@fontsource/noto-sans-sc/chinese-simplified-400.css';
import '@fontsource/noto-sans-sc/chinese-simplified-700.css';
import 'antd/dist/antd.css';
import './i18n';
import './styles.css';
import { App } from './app/App';
import { SessionProvider } from './app/session';
import { AuthProvider } from './app/auth/AuthProvider';
import { AuthGate } from './app/auth/AuthGate';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './api/queries';

dayjs.locale('zh-cn');

/** How long the first screen waits for its answers before it is drawn with what has come in. */
const FIRST_SCREEN_WAIT_MS = 300;

/**
 * antd's styles come from its stylesheet (antd/dist/antd.css, imported above) rather than being
 * generated as each component first appears: on opening a page that was a good part of drawing it.
 */
const THEME = { zeroRuntime: true, token: { fontFamily: "'Noto Sans SC', 'Microsoft YaHei', sans-serif", colorPrimary: '#1f5fa8' } };
/** No ripple on clicked buttons for readers who asked the system for less motion (as the charts). */
const WAVE = { disabled: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true };

// The answers and the page's chunk asked for early (app/earlyStart.ts) are usually in by now:
// waiting for the rest (briefly) draws the first screen once, with its figures, rather than a
// spinner, then the page, then the page again as each answer lands.
await Promise.race([Promise.all([firstAnswersIn, firstPageLoaded]), new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS))]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={zhCN} theme={THEME} wave={WAVE}>
        <AntApp>
          <AuthProvider>
            <AuthGate>
              <SessionProvider>
                <App />
              </SessionProvider>
            </AuthGate>
          </AuthProvider>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  </StrictMode>,
);
