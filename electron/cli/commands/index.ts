import type { CliCommand } from '../io';
import { serveCommand } from './serve';
import { checkCommand } from './check';
import { calendarCommand } from './calendar';

/** Every CLI command; each lives in its own file. */
export const COMMANDS: readonly CliCommand[] = [serveCommand, checkCommand, calendarCommand];
