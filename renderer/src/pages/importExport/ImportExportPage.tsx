import { ComingSoon } from '../../components/ComingSoon';

export function ImportExportPage() {
  return <ComingSoon />;
}
