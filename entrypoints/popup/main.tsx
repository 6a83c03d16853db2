import { render } from 'preact';

render(<h1>社保透镜</h1>, document.getElementById('app')!);
