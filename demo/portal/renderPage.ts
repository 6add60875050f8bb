import type { EmployeeSummary } from './VitableServer.js'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? '')
}

function renderOption(employee: EmployeeSummary, selectedId: string): string {
  const selected = employee.id === selectedId ? ' selected' : ''

  return `<option value="${escapeHtml(employee.id)}"${selected}>${escapeHtml(employee.name)}</option>`
}

/** The portal's "Benefits" page for the signed-in employee. */
export function renderPage(
  employees: EmployeeSummary[],
  employeeId: string,
  widgetUrl: string,
): string {
  const options = employees
    .map((employee) => renderOption(employee, employeeId))
    .join('')

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Benefits · Acme Payroll</title>
<link rel="stylesheet" href="/portal.css">
</head>
<body>
<header class="bar">
  <span class="brand">Acme Payroll <small>demo portal</small></span>
  <form class="who" id="sign-in" method="post" action="/login">
    <label for="employee">Signed in as</label>
    <select id="employee" name="employee_id">${options}</select>
    <button type="submit">Switch</button>
  </form>
  <div class="who">
    <label for="language">Dashboard language</label>
    <select id="language">
      <option value="en" selected>English</option>
      <option value="es" lang="es">Español</option>
    </select>
  </div>
</header>
<main>
  <h1>Benefits</h1>
  <div id="vitable-dashboard" data-base-url="${escapeHtml(widgetUrl)}"></div>
  <p id="status" class="status" role="status" aria-live="polite"></p>
</main>
<script src="/vitable.js"></script>
<script src="/portal.js"></script>
</body>
</html>
`
}
