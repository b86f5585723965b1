// Stryker ignorer (stryker.config.mjs): the `why` of each rewrite rule (compiler/ir/rules.ts) is
// documentation that no code reads; its StringLiteral mutants would be equivalent by definition.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'divc-docs', {
    shouldIgnore(path) {
      if (path.isStringLiteral() && path.parentPath?.isObjectProperty() && path.parent.key?.name === 'why') {
        return 'a rule\'s `why` is documentation: nothing reads it';
      }
      return undefined;
    },
  }),
];
