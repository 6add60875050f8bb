import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readConfig } from './config.js'
import { createWidgetApp } from './widgetApp.js'

const PAGE = '/embed/employee-dashboard'

const config = readConfig({
  VITABLE_SANDBOX_QUIET: '1',
  VITABLE_ALLOWED_ORIGINS: 'http://localhost:5173, https://portal.example',
})

function builtFrame(head = '<title>x</title>'): string {
  const dir = mkdtempSync(join(tmpdir(), 'vitable-frame-'))

  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), `<html><head>${head}</head></html>`)
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(dir, 'assets', 'index-abc.css'), 'body{}')
  writeFileSync(join(dir, 'secret.txt'), 'not an asset')

  return dir
}

function configOf(html: string): unknown {
  const match =
    /<script type="application\/json" id="vitable-config">(.*?)<\/script>/.exec(
      html,
    )

  return match ? JSON.parse(match[1] ?? '') : null
}

describe('GET /embed/employee-dashboard', () => {
  it('serves the built page with the config just before </head>', async () => {
    const app = createWidgetApp(config, { distDir: builtFrame() })

    const response = await app.request(PAGE)
    const html = await response.text()

    expect(response.status).toBe(200)
    expect(html).toMatch(/<\/script>\n<\/head>/)
    expect(configOf(html)).toEqual({
      apiBaseUrl: 'http://127.0.0.1:4010',
      allowedOrigins: ['http://localhost:5173', 'https://portal.example'],
    })
  })

  it('sends a strict CSP framing only the allowed origins', async () => {
    const app = createWidgetApp(config, { distDir: builtFrame() })

    const response = await app.request(PAGE)

    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-security-policy':
        "default-src 'none'; script-src 'self'; style-src 'self'; " +
        "img-src 'self' data:; font-src 'self'; " +
        'connect-src http://127.0.0.1:4010; ' +
        'frame-ancestors http://localhost:5173 https://portal.example; ' +
        "base-uri 'none'; form-action 'none'",
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    })
  })

  it('escapes < in the injected JSON', async () => {
    const tricky = readConfig({
      VITABLE_ALLOWED_ORIGINS: 'http://localhost:5173',
      VITABLE_SANDBOX_QUIET: '1',
    })
    const app = createWidgetApp(
      { ...tricky, allowedOrigins: ['</script><script>alert(1)</script>'] },
      { distDir: builtFrame() },
    )

    const html = await (await app.request(PAGE)).text()

    expect(html).not.toContain('</script><script>alert(1)')
    expect(html).toContain('\\u003c/script>')
  })

  it('answers 503 telling to build when the frame is missing', async () => {
    const app = createWidgetApp(config, {
      distDir: join(tmpdir(), 'nothing-here'),
    })

    const response = await app.request(PAGE)

    expect(response.status).toBe(503)
    expect(await response.text()).toContain('npm run build')
  })
})

describe('GET /embed/assets/*', () => {
  it.each([
    ['index-abc.js', 'text/javascript; charset=utf-8'],
    ['index-abc.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (name, type) => {
    const app = createWidgetApp(config, { distDir: builtFrame() })

    const response = await app.request(`/embed/assets/${name}`)

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each([
    '/embed/assets/..%2Fsecret.txt',
    '/embed/assets/%2E%2E%2Fsecret.txt',
    '/embed/assets/..%5Csecret.txt',
    '/embed/assets/%2e%2e/secret.txt',
    '/embed/assets/missing.js',
    '/embed/assets/',
    '/embed/assets/%E0%A4%A',
  ])('answers 404 for %s', async (path) => {
    const app = createWidgetApp(config, { distDir: builtFrame() })

    const response = await app.request(path)

    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('not an asset')
  })
})
