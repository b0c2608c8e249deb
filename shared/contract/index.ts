import type { z } from 'zod';
import { appContract } from './app';
import { portsContract } from './ports';
import { daysContract } from './days';
import { importExportContract } from './importExport';
import { calendarContract } from './calendar';
import { dashboardContract } from './dashboard';
import { measuresContract } from './measures';
import { briefingContract } from './briefing';
import { trustContract } from './trust';
import { trsContract } from './trs';
import { centralSettingContract } from './centralSetting';

/**
 * The one API contract: method name → { input, output } schemas. The Electron main process, the
 * browser host and the CLI all dispatch through it, and the renderer's client is typed by it.
 * Each domain keeps its methods in its own file.
 */
export const contract = {
  ...appContract,
  ...portsContract,
  ...daysContract,
  ...importExportContract,
  ...calendarContract,
  ...dashboardContract,
  ...measuresContract,
  ...briefingContract,
  ...trustContract,
  ...trsContract,
  ...centralSettingContract,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** The input after validation (defaults applied, strings trimmed): what handlers receive. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The IPC channel of a method: one channel per method, never a generic one. */
export function ipcChannelOf(name: MethodName): string {
  return `api:${name}`;
}

export * from './result';
