import '../../lib/zodConfig';
import { render } from 'preact';
import { App } from '../../components/App';
import { requestPersistentStorage } from '../../lib/store/persist';
import '../../components/theme.css';

// Cases live only in this browser: ask once that the browser never evicts them under storage pressure.
void requestPersistentStorage();
render(<App />, document.getElementById('app')!);
