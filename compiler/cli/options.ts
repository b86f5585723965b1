// Which options a command line gave itself, as opposed to their defaults.
import type { Command } from 'commander';

/** Options given on the command line (not defaults): those that must apply to what they are given with. */
export type Given = ReadonlySet<string>;
export const givenOptions = (command: Command): Given => new Set(Object.keys(command.opts()).filter((key) => command.getOptionValueSource(key) === 'cli'));
