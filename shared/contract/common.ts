import { z } from './zodChinese';
import { EARLIEST_DATE, EARLIEST_MONTH, isValidIsoDate, ISO_MONTH, todayInShanghai } from '../domain/dates';

/** Any date a method takes: a real day, not before EARLIEST_DATE (queries may reach into the future). */
export const isoDate = z
  .string({ error: '请填写日期' })
  .refine(isValidIsoDate, { message: '日期格式应为 YYYY-MM-DD，且须为真实存在的日期', abort: true })
  .refine((d) => d >= EARLIEST_DATE, `日期不能早于 ${EARLIEST_DATE}`);

/** A date that has already happened (or is today) at the port: what a day's figures can be for. */
export const pastOrTodayDate = isoDate.refine((d) => d <= todayInShanghai(), '不能录入未来日期的数据');

export const isoMonth = z
  .string()
  .regex(ISO_MONTH, { message: '月份格式应为 YYYY-MM', abort: true })
  .refine((m) => Number(m.slice(5)) >= 1 && Number(m.slice(5)) <= 12, { message: '月份应在 1 到 12 之间', abort: true })
  .refine((m) => m >= EARLIEST_MONTH, `月份不能早于 ${EARLIEST_MONTH}`);

export const portId = z.number({ error: '请选择口岸' }).int().positive('请选择口岸');

export const dateRange = z
  .object({ from: isoDate, to: isoDate })
  .refine((r) => r.from <= r.to, { message: '开始日期不能晚于结束日期', path: ['to'] });

export const emptyInput = z.object({}).strict().optional();

