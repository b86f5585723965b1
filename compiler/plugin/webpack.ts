// divc/plugin/webpack: `import kernel from './field.div'` in webpack. See ./index.ts.
import { divcPlugin } from './index.js';

export default divcPlugin.webpack;
