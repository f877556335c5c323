import { render } from 'preact';
import { App } from '../../components/App';
import '../../components/theme.css';

render(<App />, document.getElementById('app')!);
