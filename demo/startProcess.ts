import { type ChildProcess, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

/**
 * Starts `tsx <script>` and resolves once it has printed every line that
 * begins with one of `prefixes`, with those lines keyed by prefix.
 */
export function startProcess(
  script: string,
  env: NodeJS.ProcessEnv,
  prefixes: string[],
): Promise<{ child: ChildProcess; lines: Map<string, string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const lines = new Map<string, string>()

  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(
        new Error(`${script} exited with code ${code} before it was ready`),
      ),
    )

    createInterface({ input: child.stdout }).on('line', (line) => {
      const prefix = prefixes.find((candidate) => line.startsWith(candidate))

      if (!prefix) {
        process.stdout.write(`${line}\n`)
        return
      }

      lines.set(prefix, line.slice(prefix.length).trim())

      if (lines.size === prefixes.length) resolve({ child, lines })
    })
  })
}
