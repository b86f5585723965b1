// Shapes as diagnostics write them.

export const showShape = (shape: readonly number[]): string => (shape.length === 0 ? 'a scalar' : `[${shape.join(', ')}]`);
