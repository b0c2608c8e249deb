import { z } from './zodChinese';
import { method } from './define';
import { emptyInput, portId } from './common';

export const port = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  createdAt: z.string(),
  /** when an administrator disabled it: a disabled port keeps its history but takes no new figures */
  disabledAt: z.string().nullable(),
});
export type Port = z.infer<typeof port>;

const portName = z.string().trim().min(2, '口岸名称至少 2 个字').max(30, '口岸名称不超过 30 个字');

export const newPort = z.object({
  name: portName,
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{2,20}$/, '口岸代码为 2–20 位字母、数字、下划线或短横线'),
});

export const portsContract = {
  listPorts: method({ input: emptyInput, output: z.array(port), write: false }),
  createPort: method({ input: newPort, output: port, write: true }),
  /** a new name for a port; its code, which files and the central database know it by, stays */
  renamePort: method({ input: z.object({ id: portId, name: portName }), output: port, write: true, adminOnly: true }),
  /** takes a port out of use (no new figures, history kept) or back into use */
  setPortDisabled: method({ input: z.object({ id: portId, disabled: z.boolean({ error: '请选择停用或启用' }) }), output: port, write: true, adminOnly: true }),
};
