import { dailyRecordsDemo } from './dailyRecordsDemo';
import { measuresDemo } from './measuresDemo';
import type { DemoContributor } from './demoContributor';
import { trsDemo } from '../../trs/trsDemo';

/**
 * Every part of the demo data set, seeded in this order and removed in the reverse order, all in
 * one transaction. Another domain adds its demo content by writing a DemoContributor and listing it
 * here; a seeder it calls must join the transaction it is given (store/inTransaction.ts).
 */
export const DEMO_CONTRIBUTORS: readonly DemoContributor[] = [dailyRecordsDemo, measuresDemo, trsDemo];
