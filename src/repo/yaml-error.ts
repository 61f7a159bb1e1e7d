import type { YAMLError } from 'yaml';

/** One line from a `yaml` error: its message without the source excerpt, and its position. */
export function describeYamlError(error: YAMLError): { message: string; line: number; column: number } {
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const pos = error.linePos?.[0];
  return { message, line: pos?.line ?? 1, column: pos?.col ?? 1 };
}
