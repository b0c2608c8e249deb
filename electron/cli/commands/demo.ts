import { openCore } from '../../core/openCore';
import { resolveDataDir } from '../../core/store/dataDir';
import { parseCommandArgs } from '../args';
import { cliLockHolder, type CliCommand } from '../io';
import { callCore, defaultOperator } from '../callCore';


export const demoCommand: CliCommand = {
  name: 'demo',
  summary: '加载演示数据（樟木口岸 2023-05-01 至昨天的虚构数据）；--remove 删除演示数据',
  usage: 'demo [--data <目录>] [--remove] [--operator <姓名>]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { remove: { type: 'boolean' }, operator: { type: 'string' } });
    const core = await openCore({ dataDir: resolveDataDir(values.data), lock: cliLockHolder('demo') });
    try {
      const operator = defaultOperator(values.operator);
      if (values.remove) {
        const { parts } = await callCore(core, 'removeDemoData', {}, operator);
        io.out(`已删除演示数据：${parts.map((p) => `${p.label} ${p.count} 条`).join('，')}。`);
        return 0;
      }
      const { parts } = await callCore(core, 'loadDemoData', {}, operator);
      io.out(`已加载演示数据（虚构，仅供体验）：${parts.map((p) => `${p.label} ${p.count} 条`).join('，')}。`);
      io.out('删除演示数据：clearance demo --remove');
      return 0;
    } finally {
      await core.close();
    }
  },
};
