import type { DemoStatus } from '../../../../shared/contract/importExport';
import { useApiQuery } from '../../api/queries';

/** The demo status of the store; asked again after every write (loading or removing the demo data, an import, a day). */
export function useDemoStatus(): { status: DemoStatus | null } {
  return { status: useApiQuery('getDemoStatus', undefined).data };
}
