import type { CliCommand } from '../io';
import { serveCommand } from './serve';
import { checkCommand } from './check';
import { measuresCommand } from './measures';
import { importCommand } from './importFile';
import { exportCommand } from './exportFile';
import { demoCommand } from './demo';

/** Every CLI command; each lives in its own file. */
export const COMMANDS: readonly CliCommand[] = [serveCommand, checkCommand, measuresCommand, importCommand, exportCommand, demoCommand];
