// The command line is wrong (an option, a file of the wrong kind): a message, exit status 2.
export class UsageError extends Error {}
