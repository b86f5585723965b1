// Params for run, plot and bench: --params FILE (JSON, or tensors from .safetensors, .npz and .npy
// matched to the field's params by name, --param-map renaming them), then --param NAME=VALUE; a
// param left with neither a value nor a default is an error here, in command-line terms.
import { matchParams, readTensors, tensorFormat, listNames } from '../../runtime/params-file.js';
import { InputError, parseParamAssignment, readInput, readParamsFile } from './io.js';

export interface ParamFlags { param: string[]; params?: string; paramMap: string[] }

/** --param-map FROM=TO, FROM a tensor's name in the file (which may itself hold '='), TO a param's. */
function parseMap(entries: string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const text of entries) {
    const eq = text.lastIndexOf('=');
    const from = text.slice(0, eq).trim(), to = text.slice(eq + 1).trim();
    if (eq <= 0 || !from || !to) throw new InputError(`--param-map expects TENSOR=PARAM (e.g. net.0.weight=W1), got '${text}'`);
    if (Object.hasOwn(map, from)) throw new InputError(`--param-map maps tensor '${from}' twice`);
    map[from] = to;
  }
  return map;
}

/**
 * The values to give setParams for a field with these params. Tensors in the file that match no
 * param are ignored, and listed once on stderr through `note` (a state_dict has extras); a param
 * left without a value gets the kernel's missing-param error at its first call.
 */
export function paramValues(flags: ParamFlags, params: readonly { name: string; shape: readonly number[] }[], note: (line: string) => void): Record<string, unknown> {
  const map = parseMap(flags.paramMap);
  let values: Record<string, unknown> = {};
  const file = flags.params;
  if (file !== undefined && tensorFormat(file)) {
    const matched = matchParams(readTensors(readInput(file), file), params, { map, file });
    const n = matched.unused.length;
    if (n) note(`${file}: ${n} tensor${n === 1 ? '' : 's'} matching no param ignored: ${listNames(matched.unused)} (params: ${listNames(params.map((p) => p.name))}; --param-map TENSOR=PARAM renames a tensor)`);
    values = matched.values;
  } else {
    if (flags.paramMap.length) throw new InputError('--param-map renames tensors of a .safetensors, .npz or .npy --params file');
    if (file !== undefined) {
      // one params file may serve every field of a multi-field source: names this field does
      // not use are ignored, with one note (a misspelt --param on the command line still fails)
      const all = readParamsFile(file), known = new Set(params.map((p) => p.name));
      const unused = Object.keys(all).filter((name) => !known.has(name));
      if (unused.length) note(`${file}: ${unused.length} param${unused.length === 1 ? '' : 's'} not used by this field ignored: ${listNames(unused)} (its params: ${listNames(params.map((p) => p.name))})`);
      values = Object.fromEntries(Object.entries(all).filter(([name]) => known.has(name)));
    }
  }
  for (const a of flags.param) {
    const [name, value] = parseParamAssignment(a);
    values[name] = value;
  }
  return values;
}

/**
 * The values, checked for params with neither a default nor a value: the runtime's own error
 * would advise calling setParams, which a command-line user cannot do.
 */
export function withEveryParam<T extends Record<string, unknown>>(values: T, declared: readonly { name: string; default?: unknown }[]): T {
  const missing = declared.filter((p) => p.default === undefined && !Object.hasOwn(values, p.name)).map((p) => p.name);
  if (missing.length) {
    const s = missing.length > 1;
    throw new InputError(`param${s ? 's' : ''} ${missing.map((n) => `'${n}'`).join(', ')} ${s ? 'have' : 'has'} no value: give --param ${missing[0]}=VALUE${s ? ' for each' : ''}, or --params FILE`);
  }
  return values;
}
