// divc/plugin/rollup: `import kernel from './field.div'` in rollup. See ./index.ts.
import { divcPlugin } from './index.js';

export default divcPlugin.rollup;
