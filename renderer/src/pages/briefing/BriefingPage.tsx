import { ComingSoon } from '../../components/ComingSoon';

export function BriefingPage() {
  return <ComingSoon />;
}
