import type { Messages } from './Messages.js'

/** Spanish strings. */
export const es: Messages = {
  notAllowedTitle: 'Esta página no tiene permiso para mostrar el panel',
  notAllowedBody:
    'Pida al responsable del sitio que lo registre en Vitable Health.',
  benefitsFor: (name) => ['Beneficios de ', name],
  benefitsTitle: 'Sus beneficios',
  refresh: 'Actualizar',
  loading: 'Cargando sus beneficios…',
  loaded: 'Sus beneficios están al día.',
  empty: 'Aún no tiene beneficios que mostrar.',
  enrollmentsLabel: 'Sus inscripciones',
  loadFailed: 'No pudimos cargar sus beneficios.',
  tryAgain: 'Intentar de nuevo',
  connectFailed: 'No se pudo conectar',
  connectFailedBody: 'El panel no pudo iniciar su sesión en Vitable Health.',
  retry: 'Reintentar',
  coverage: 'Cobertura',
  coverageRange: (start, end) => `${start} – ${end}`,
  coverageFrom: (start) => `Desde el ${start}`,
  coverageNone: 'Sin programar',
  deduction: 'Su costo',
  perMonth: (amount) => `${amount} al mes`,
  noDeduction: 'Sin deducción',
  status: {
    pending: 'Pendiente',
    enrolled: 'Inscrito',
    waived: 'Declinado',
    inactive: 'Inactivo',
  },
  categories: {
    Medical: 'Médico',
    Dental: 'Dental',
    Vision: 'Visión',
    Hospital: 'Hospitalario',
  },
}
