import { dailyRecordsDemo } from './dailyRecordsDemo';
import type { DemoContributor } from './demoContributor';

/**
 * Every part of the demo data set, seeded in this order and removed in the reverse order, all in
 * one transaction. Another domain adds its demo content (the measures register with start dates,
 * say) by writing a DemoContributor and listing it here.
 */
export const DEMO_CONTRIBUTORS: readonly DemoContributor[] = [dailyRecordsDemo];
