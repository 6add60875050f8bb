// The portal's page script: everything a host needs to embed the dashboard.
const container = document.getElementById('vitable-dashboard')
const signInForm = document.getElementById('sign-in')
const selector = document.getElementById('employee')
const switchButton = signInForm.querySelector('button')
const language = document.getElementById('language')
const status = document.getElementById('status')
const baseUrl = container.dataset.baseUrl

// Asks the portal's own backend, which holds the API key, for a token bound
// to whoever is signed in. The browser never names the employee here.
async function fetchToken({ signal }) {
  const response = await fetch('/api/vitable-token', {
    method: 'POST',
    signal,
  })

  if (!response.ok) throw new Error(`Token route answered ${response.status}`)

  return response.json()
}

function show(text) {
  status.textContent = text
}

function mountDashboard() {
  const dashboard = window.Vitable.mount(container, fetchToken, {
    baseUrl,
    locale: language.value,
  })

  dashboard.on('ready', () => show('Dashboard ready.'))
  dashboard.on('token.refreshed', ({ expiresAt, reason }) => {
    const time = new Date(expiresAt).toLocaleTimeString()

    show(`Access token refreshed (${reason}); valid until ${time}.`)
  })
  dashboard.on('error', (error) => show(`Dashboard error: ${error.code}`))

  return dashboard
}

let dashboard = mountDashboard()

// Switching employee signs in again and mounts a fresh widget with a fresh
// session, so the previous employee's token never reaches the new frame.
// The picker waits for each sign-in, so answers cannot cross; a failed one
// puts it back.
let current = selector.value

async function switchEmployee(event) {
  event.preventDefault()
  const chosen = selector.value

  if (chosen === current) return

  dashboard.unmount()
  selector.disabled = switchButton.disabled = true
  show('Switching employee…')

  const response = await fetch('/login', {
    method: 'POST',
    headers: { Accept: 'application/json' },
    body: new URLSearchParams({ employee_id: chosen }),
  }).catch(() => undefined)

  selector.disabled = switchButton.disabled = false

  if (response?.ok) {
    current = chosen
  } else {
    selector.value = current
    show('Could not switch employee; still signed in as before.')
  }

  dashboard = mountDashboard()
}

// A button, not the select's change event, so a keyboard user can step
// through the names without signing in as each one.
signInForm.addEventListener('submit', switchEmployee)

// The language changes in place: no new frame, no new token.
language.addEventListener('change', () => {
  dashboard.update({ locale: language.value })
})
