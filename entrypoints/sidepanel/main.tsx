import { render } from 'preact';
import { App } from '../../components/App';
import { afterFirstScreen } from '../../components/app/firstScreen';
import { prefetchFirstCases } from '../../components/cases/firstRows';
import { getDb } from '../../lib/store/instance';
import { requestPersistentStorage } from '../../lib/store/persist';
import '../../components/theme.css';

// The case list's first rows are read while the app renders and checks the lock (see firstRows).
prefetchFirstCases(getDb());
render(<App />, document.getElementById('app')!);
// Cases live only in this browser: ask once that the browser never evicts them under storage
// pressure. Not before the first screen: the browser's answer can take a while and is not needed for it.
afterFirstScreen(() => void requestPersistentStorage());
