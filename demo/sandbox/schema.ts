/**
 * The sandbox's tables. Column names follow Vitable's field names so rows
 * map to API records with little renaming. Money is integer cents, dates
 * `YYYY-MM-DD` text, timestamps ISO 8601 UTC text.
 */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS organizations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS employers (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  name TEXT NOT NULL,
  legal_name TEXT NOT NULL,
  ein TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS members (
  id TEXT PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  sex TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS employees (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members (id),
  employer_id TEXT NOT NULL REFERENCES employers (id),
  email TEXT NOT NULL,
  phone TEXT,
  employee_class TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'terminated')),
  hire_date TEXT NOT NULL,
  termination_date TEXT,
  reference_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS dependents (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members (id),
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  relationship TEXT NOT NULL CHECK (relationship IN ('Spouse', 'Child')),
  sex TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS benefit_products (
  id TEXT PRIMARY KEY,
  employer_id TEXT NOT NULL REFERENCES employers (id),
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  product_code TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS plans (
  id TEXT PRIMARY KEY,
  benefit_product_id TEXT NOT NULL REFERENCES benefit_products (id),
  name TEXT NOT NULL,
  description TEXT,
  carrier_name TEXT,
  tier TEXT,
  deductible_cents INTEGER,
  out_of_pocket_max_cents INTEGER
);

CREATE TABLE IF NOT EXISTS plan_costs (
  plan_id TEXT NOT NULL REFERENCES plans (id),
  coverage_tier TEXT NOT NULL CHECK (coverage_tier IN ('EE', 'ES', 'EC', 'EF')),
  employee_contribution_cents INTEGER NOT NULL,
  employer_contribution_cents INTEGER NOT NULL,
  PRIMARY KEY (plan_id, coverage_tier)
);

CREATE TABLE IF NOT EXISTS enrollments (
  id TEXT PRIMARY KEY,
  employee_id TEXT NOT NULL REFERENCES employees (id),
  benefit_product_id TEXT NOT NULL REFERENCES benefit_products (id),
  status TEXT NOT NULL
    CHECK (status IN ('pending', 'enrolled', 'waived', 'inactive')),
  coverage_tier TEXT,
  selected_plan_id TEXT REFERENCES plans (id),
  coverage_start TEXT NOT NULL,
  coverage_end TEXT,
  employee_deduction_in_cents INTEGER,
  employer_contribution_in_cents INTEGER,
  enrollment_window_start TEXT NOT NULL,
  enrollment_window_end TEXT NOT NULL,
  answered_at TEXT,
  terminated_at TEXT,
  signed_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS enrollment_dependents (
  enrollment_id TEXT NOT NULL REFERENCES enrollments (id),
  dependent_id TEXT NOT NULL REFERENCES dependents (id),
  PRIMARY KEY (enrollment_id, dependent_id)
);

CREATE TABLE IF NOT EXISTS qualifying_life_events (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members (id),
  employee_id TEXT NOT NULL REFERENCES employees (id),
  event_type TEXT NOT NULL,
  event_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'denied')),
  notes TEXT,
  enrollment_window_start TEXT NOT NULL,
  enrollment_window_end TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  reviewed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS id_cards (
  member_id TEXT NOT NULL REFERENCES members (id),
  card_type TEXT NOT NULL
    CHECK (card_type IN ('medical', 'dental', 'vision', 'rx')),
  details TEXT NOT NULL,
  PRIMARY KEY (member_id, card_type)
);

CREATE TABLE IF NOT EXISTS access_tokens (
  token_hash TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  bound_type TEXT CHECK (bound_type IN ('employee', 'employer')),
  bound_id TEXT,
  expires_at INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
`
