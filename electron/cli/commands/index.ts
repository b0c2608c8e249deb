import type { CliCommand } from '../io';
import { serveCommand } from './serve';
import { checkCommand } from './check';
import { calendarCommand } from './calendar';
import { measuresCommand } from './measures';
import { backupCommand } from './backup';
import { restoreCommand } from './restore';
import { resetPasswordCommand } from './resetPassword';
import { importCommand } from './importFile';
import { exportCommand } from './exportFile';
import { demoCommand } from './demo';
import { trsCommand } from './trs';
import { syncCommand } from './sync';
import { centralCommand } from './central';
import { briefingCommand } from './briefing';

/** Every CLI command; each lives in its own file. */
export const COMMANDS: readonly CliCommand[] = [
  serveCommand,
  checkCommand,
  calendarCommand,
  measuresCommand,
  backupCommand,
  restoreCommand,
  resetPasswordCommand,
  importCommand,
  exportCommand,
  demoCommand,
  trsCommand,
  syncCommand,
  centralCommand,
  briefingCommand,
];
