// Prints "N passed, N failed" over Vitest's and Playwright's JSON reports.
import { existsSync, readFileSync } from 'node:fs'

function read(path) {
  const file = new URL(`../.reports/${path}`, import.meta.url)

  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
}

const vitest = read('vitest.json')
const playwright = read('playwright.json')
let passed = 0
let failed = 0

if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
}

if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky
  failed += playwright.stats.unexpected
}

console.log(`${passed} passed, ${failed} failed`)
