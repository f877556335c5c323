// Shown on a case screen when the window has no active case yet.
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { useNavigation } from './Navigation';

export function NoCaseSelected() {
  const nav = useNavigation();
  return (
    <EmptyState title="No case selected">
      <p>Pick a case from the list, or start a new one.</p>
      <Button variant="primary" onClick={() => nav.showScreen('cases')}>
        Go to cases
      </Button>
    </EmptyState>
  );
}
