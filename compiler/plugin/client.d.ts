// `declare module '*.div'` for apps that import .div files through divc's build plugin:
// add "divc/plugin/client" to compilerOptions.types (or a triple-slash reference).
declare module '*.div' {
  const kernel: import('divc/runtime').Kernel;
  export default kernel;
}
