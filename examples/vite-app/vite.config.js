// A Vite app that imports a .div field through divc's build plugin: `npx vite build` (or `npx vite`
// for the dev server) in this folder. The field compiles at build time; a compile error fails
// the build with its file:line:col diagnostic.
import divc from 'divc/plugin/vite';

export default {
  plugins: [divc({ precision: 'f64' })],
  build: { target: 'es2022' },
};
