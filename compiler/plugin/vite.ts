// divc/plugin/vite: `import kernel from './field.div'` in vite. See ./index.ts.
import { divcPlugin } from './index.js';

export default divcPlugin.vite;
