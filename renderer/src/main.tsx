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

dayjs.locale('zh-cn');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { fontFamily: "'Noto Sans SC', 'Microsoft YaHei', sans-serif", colorPrimary: '#1f5fa8' } }}>
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
  </StrictMode>,
);
