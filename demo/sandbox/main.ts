/**
 * `npm run sandbox` (`tsx demo/sandbox/main.ts [--reset]`): starts the
 * sandbox API and widget servers on 127.0.0.1, prints their URLs and the
 * dev API key, and stops cleanly on SIGINT or SIGTERM.
 */

import { readConfig } from './config.js'
import { type RunningSandbox, startSandbox } from './startSandbox.js'

function fail(message: string): never {
  process.stderr.write(`sandbox: ${message}\n`)
  process.exit(1)
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const unknown = args.find((arg) => arg !== '--reset')

  if (unknown) fail(`unknown argument "${unknown}"; the only one is --reset`)

  let sandbox: RunningSandbox

  try {
    const config = readConfig(process.env)
    sandbox = await startSandbox(config, { reset: args.includes('--reset') })

    process.stdout.write(
      `Sandbox API: ${sandbox.apiUrl}\n` +
        `Sandbox widget: ${sandbox.widgetUrl}\n` +
        `Sandbox API key (dev only): ${config.apiKey}\n`,
    )
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error))
  }

  const shutdown = () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }

  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}

await main()
