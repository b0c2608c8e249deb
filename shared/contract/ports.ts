import { z } from './zodChinese';
import { method } from './define';
import { emptyInput } from './common';

export const port = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  createdAt: z.string(),
});
export type Port = z.infer<typeof port>;

export const newPort = z.object({
  name: z.string().trim().min(2, '口岸名称至少 2 个字').max(30, '口岸名称不超过 30 个字'),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{2,20}$/, '口岸代码为 2–20 位字母、数字、下划线或短横线'),
});

export const portsContract = {
  listPorts: method({ input: emptyInput, output: z.array(port), write: false }),
  createPort: method({ input: newPort, output: port, write: true }),
};
