import type { BenchSuite } from './harness';
import { dailyLogSuite } from './dailyLog.bench';
import { calendarSuite } from './calendar.bench';
import { measuresSuite } from './measures.bench';
import { trustSuite } from './trust.bench';
import { importExportSuite } from './importExport.bench';
import { dashboardSuite } from './dashboard.bench';
import { briefingSuite } from './briefing.bench';
import { trsSuite } from './trs.bench';
import { effectCalibrationSuite } from './effectCalibration.bench';
import { centralSyncSuite } from './centralSync.bench';
import { centralServeSuite } from './centralServe.bench';

/** Every benchmark suite; each feature adds its own file. */
export const SUITES: BenchSuite[] = [dailyLogSuite, calendarSuite, measuresSuite, trustSuite, importExportSuite, dashboardSuite, briefingSuite, trsSuite, effectCalibrationSuite, centralSyncSuite, centralServeSuite];
