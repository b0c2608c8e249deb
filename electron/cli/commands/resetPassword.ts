import { openCore } from '../../core/openCore';
import { resolveDataDir } from '../../core/store/dataDir';
import { parseCommandArgs, UsageError } from '../args';
import { cliLockHolder, type CliCommand } from '../io';
import { callCore } from '../callCore';

/**
 * The way back for an administrator who has forgotten their password: whoever can open the data
 * folder acts as its administrator on the command line. The new password is read without echo
 * (or as one line from a pipe), never from the command line, where it would stay in the shell's history.
 */
export const resetPasswordCommand: CliCommand = {
  name: 'reset-password',
  summary: '重置账户密码（例如管理员忘记了密码）',
  usage: 'reset-password <用户名> [--data <目录>]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {});
    const [username] = positionals;
    if (!username || positionals.length > 1) throw new UsageError('请指定一个用户名');
    if (!io.readSecret) {
      io.err('无法读取新密码：没有输入');
      return 2;
    }
    const core = await openCore({ dataDir: resolveDataDir(values.data), lock: cliLockHolder('reset-password') });
    try {
      const users = await callCore(core, 'listUsers', undefined);
      const user = users.find((u) => u.username.toLowerCase() === username.toLowerCase());
      if (!user) {
        io.err(`没有用户名为“${username}”的账户`);
        return 1;
      }
      const password = await io.readSecret(`请输入 ${user.displayName}（${user.username}）的新密码：`);
      const again = await io.readSecret('请再输入一次：');
      if (password !== again) {
        io.err('两次输入的密码不一致，密码未修改');
        return 1;
      }
      await callCore(core, 'resetPassword', { id: user.id, newPassword: password });
      io.out(`已重置 ${user.displayName}（${user.username}）的密码`);
      return 0;
    } finally {
      await core.close();
    }
  },
};
