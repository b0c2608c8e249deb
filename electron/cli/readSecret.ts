/** Characters read past the end of a line (a pipe delivers several lines at once), kept for the next read. */
let leftover = '';

/** One line from stdin; on a terminal the typed characters are not shown. */
export function readSecretLine(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    let line = '';
    const raw = stdin.isTTY === true;
    let finished = false;
    const done = (error?: Error) => {
      if (finished) return;
      finished = true;
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      if (raw) stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(line);
    };
    const take = (chunk: string) => {
      for (let i = 0; i < chunk.length; i++) {
        const ch = chunk[i]!;
        if (ch === '\r' || ch === '\n') {
          leftover = chunk.slice(ch === '\r' && chunk[i + 1] === '\n' ? i + 2 : i + 1);
          return done();
        }
        if (ch === '\u0003') return done(new Error('已取消'));
        if (ch === '\u007f' || ch === '\b') line = line.slice(0, -1);
        else line += ch;
      }
    };
    const onData = (chunk: string) => take(chunk);
    const onEnd = () => done();
    const pending = leftover;
    leftover = '';
    take(pending);
    if (finished) return;
    if (raw) stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.resume();
  });
}
