import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../../core/openCore';
import { DB_FILE_NAME, resolveDataDir } from '../../core/store/dataDir';
import { isYearCovered } from '../../../shared/domain/calendar/nationalCalendar';
import { TIBET_REGIONAL_DEFAULTS } from '../../../shared/domain/calendar/regionalDays';
import { resolveRange, uncoveredNotice } from '../../../shared/domain/calendar/resolveDayType';
import { DAY_TYPE_LABELS, type DayTypeInfo } from '../../../shared/domain/dayType';
import { parseCommandArgs, UsageError } from '../args';
import type { CliCommand, CliIo } from '../io';
import { callCore } from '../callCore';

/** "2025-10-01 法定节假日 国庆节": date, day type in Chinese, the holiday's name when there is one. */
export function dayLine(d: DayTypeInfo): string {
  return [d.date, DAY_TYPE_LABELS[d.type], d.name].filter(Boolean).join(' ');
}

function parseYear(text: string | undefined): number {
  if (text === undefined) throw new UsageError('请用 --year 指定年份，如 --year 2025');
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 1900 || year > 2100) throw new UsageError(`年份无效：${text}（应为 1900–2100 之间的四位数）`);
  return year;
}

/**
 * The year's days as a store sees them (its regional table, a port's own entries with --port), or,
 * without a store in the folder, from the national calendar and the shipped regional days, so that
 * looking a year up never creates a data file.
 */
async function daysOfYear(io: CliIo, dataDir: string, year: number, portName: string | undefined): Promise<DayTypeInfo[]> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  if (!fs.existsSync(path.join(dataDir, DB_FILE_NAME))) {
    if (portName !== undefined) throw new UsageError(`未找到数据文件：${path.join(dataDir, DB_FILE_NAME)}，无法按口岸查询`);
    io.err(`未找到数据文件：${path.join(dataDir, DB_FILE_NAME)}，以下按国家日历和内置的地方节假日输出`);
    return resolveRange(from, to, null, TIBET_REGIONAL_DEFAULTS);
  }
  const core = await openCore({ dataDir, lock: false });
  try {
    let portId: number | null = null;
    if (portName !== undefined) {
      const ports = await callCore(core, 'listPorts', undefined);
      const port = ports.find((p) => p.name === portName || p.code.toLowerCase() === portName.toLowerCase());
      if (!port) throw new UsageError(`未找到口岸：${portName}（现有：${ports.map((p) => p.name).join('、')}）`);
      portId = port.id;
    }
    return (await callCore(core, 'getDayTypes', { portId, from, to })).days;
  } finally {
    await core.close();
  }
}

export const calendarCommand: CliCommand = {
  name: 'calendar',
  summary: '列出一年每天的日期类型（工作日、周末、节假日……）',
  usage: 'calendar --year <年份> [--data <目录>] [--port <口岸名称或代码>]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { year: { type: 'string' }, port: { type: 'string' } });
    const year = parseYear(values.year);
    const days = await daysOfYear(io, resolveDataDir(values.data), year, values.port);

    if (!isYearCovered(year)) {
      // Never a year of guessed weekdays: say so, and list only what the regional table does know.
      io.out(uncoveredNotice([year])!);
      const known = days.filter((d) => d.type !== 'unknown');
      if (known.length > 0) {
        io.out(`已录入的地方节假日安排（${known.length} 天）：`);
        for (const d of known) io.out(dayLine(d));
      }
      return 1;
    }
    for (const d of days) io.out(dayLine(d));
    return 0;
  },
};
