import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import '@fontsource/noto-sans-sc/chinese-simplified-400.css';
import '@fontsource/noto-sans-sc/chinese-simplified-700.css';
import './i18n';
import './styles.css';
import { App } from './app/App';
import { SessionProvider } from './app/session';
import { AuthProvider } from './app/auth/AuthProvider';
import { AuthGate } from './app/auth/AuthGate';
import { BriefingPrintView, isBriefingPrintHash } from './pages/briefing/BriefingPrintView';

dayjs.locale('zh-cn');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { fontFamily: "'Noto Sans SC', 'Microsoft YaHei', sans-serif", colorPrimary: '#1f5fa8' } }}>
      <AntApp>
        {isBriefingPrintHash(window.location.hash) ? (
          // The bare briefing that PDF exports print: no menus, no sign-in screen (it reads only
          // what it is given, or asks the API under the browser's sign-in).
          <BriefingPrintView params={new URLSearchParams(window.location.hash.split('?')[1] ?? '')} />
        ) : (
          <AuthProvider>
            <AuthGate>
              <SessionProvider>
                <App />
              </SessionProvider>
            </AuthGate>
          </AuthProvider>
        )}
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
