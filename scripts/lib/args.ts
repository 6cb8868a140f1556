// The command lines' one way of reading `--name value`.

/** The value after `flag` in `args`, or undefined when the flag is absent; a flag with no value is a mistake. */
export function optionValue(args: readonly string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
  return value;
}
