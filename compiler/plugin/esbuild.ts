// divc/plugin/esbuild: `import kernel from './field.div'` in esbuild. See ./index.ts.
import { divcPlugin } from './index.js';

export default divcPlugin.esbuild;
