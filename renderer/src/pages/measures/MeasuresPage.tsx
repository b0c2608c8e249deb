import { ComingSoon } from '../../components/ComingSoon';

export function MeasuresPage() {
  return <ComingSoon />;
}
