import { z } from 'zod';

// Any message a schema does not set itself comes out in Chinese, on both sides of the boundary.
z.config(z.locales.zhCN());

export { z };
