/**
 * `npm run bench`: measures what the goals name and prints it. Nothing here
 * asserts; byte budgets are asserted by `npm run size` in `npm test`.
 */

import { measureBundles } from './bundleSizes.js'
import { runMountHeapBench } from './mountHeap.js'
import { runSandboxLoad } from './sandboxLoad.js'
import { runTokenScheduleBench } from './tokenSchedule.js'

function section(title: string): void {
  console.log(`\n## ${title}\n`)
}

section('Bundle sizes (bytes)')
console.table(measureBundles())

section('Token schedule: 24 simulated hours, 900 s tokens, 5 widgets')
console.log(JSON.stringify(await runTokenScheduleBench(), null, 2))

section('Sandbox load: 10 s per phase, 8 concurrent requests, loopback')
console.table(await runSandboxLoad(10))

section('Mount and unmount 200 times in Chromium: host page JS heap')
console.table([await runMountHeapBench(200)])
