// A user's input is wrong (a file, a number, a param): reported as a message, never a stack trace.
export class InputError extends Error {}
