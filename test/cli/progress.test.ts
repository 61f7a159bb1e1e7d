import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/util/progress.js';

const sink = (isTTY: boolean, env: Record<string, string> = {}) => {
  const written: string[] = [];
  return { written, sink: { write: (t: string) => written.push(t), isTTY, env } };
};

describe('progress line', () => {
  it('on a terminal, after the delay: one line rewritten in place, cleared at the end', () => {
    let clock = 0;
    const { written, sink: s } = sink(true);
    const progress = createProgress(s, 1000, () => clock);
    progress.stage('reading files');
    clock = 1500;
    progress.stage('comparing 12 version pairs');
    progress.done();
    expect(written).toEqual(['\r\u001b[2Kevt: comparing 12 version pairs', '\r\u001b[2K']);
  });

  it.each([
    ['piped (not a terminal)', false, {}],
    ['in CI', true, { CI: 'true' }],
    ['NO_PROGRESS set', true, { NO_PROGRESS: '1' }],
  ])('nothing when %s', (_name, isTTY, env) => {
    const { written, sink: s } = sink(isTTY, env);
    const progress = createProgress(s, 0, () => 5000);
    progress.stage('reading files');
    progress.done();
    expect(written).toEqual([]);
  });

  it('nothing for a run shorter than the delay', () => {
    const { written, sink: s } = sink(true);
    const progress = createProgress(s, 1000, () => 10);
    progress.stage('reading files');
    progress.done();
    expect(written).toEqual([]);
  });
});
