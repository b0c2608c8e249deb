import { z } from './zodChinese';
import { method } from './define';
import { emptyInput } from './common';

export const appInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  dbPath: z.string(),
  schemaVersion: z.string(),
});

export const appContract = {
  getAppInfo: method({ input: emptyInput, output: appInfo, write: false }),
};
