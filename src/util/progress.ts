/**
 * A progress line for long runs: only on a terminal, only after a second, never in CI or when
 * piped (CI logs would fill with carriage returns).
 */
export interface ProgressSink {
  write: (text: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export interface Progress {
  stage(text: string): void;
  done(): void;
}

export const SILENT: Progress = { stage: () => undefined, done: () => undefined };

export function createProgress(sink: ProgressSink, delayMs = 1000, now: () => number = Date.now): Progress {
  if (!sink.isTTY || sink.env.CI || sink.env.NO_PROGRESS) return SILENT;
  const started = now();
  let shown = false;
  return {
    stage(text) {
      if (now() - started < delayMs) return;
      shown = true;
      sink.write(`\r\u001b[2Kevt: ${text}`);
    },
    done() {
      if (shown) sink.write('\r\u001b[2K');
    },
  };
}
