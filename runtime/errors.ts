/** Every misuse of the runtime (bad artifact, points or params) is a DivcError with a clear message. */
export class DivcError extends Error {
  override name = 'DivcError';
}
