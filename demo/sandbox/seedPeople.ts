import type { Database } from './database.js'
import { addDays } from './dates.js'
import { insertRow } from './insertRow.js'
import { SEED } from './seedIds.js'

interface Person {
  key: keyof typeof SEED.employees
  first: string
  last: string
  born: string
  sex: 'Female' | 'Male'
  employer: string
  email: string
  employeeClass: string
  hiredDaysAgo: number
  terminatedDaysAgo?: number
}

const { employers } = SEED

// The first person is the demo's showcase; order is kept in list reads.
const PEOPLE: Person[] = [
  {
    key: 'maria',
    first: 'María José',
    last: 'Peña',
    born: '1988-04-12',
    sex: 'Female',
    employer: employers.harbor,
    email: 'maria.pena@harborandpine.example',
    employeeClass: 'Full Time',
    hiredDaysAgo: 1190,
  },
  {
    key: 'liam',
    first: 'Liam',
    last: "O'Connor",
    born: '1992-09-30',
    sex: 'Male',
    employer: employers.harbor,
    email: 'liam.oconnor@harborandpine.example',
    employeeClass: 'Full Time',
    hiredDaysAgo: 640,
  },
  {
    key: 'longName',
    first: 'Maximiliana Alexandrina',
    last: 'Konstantinopoulou-Vanderwoude de la Fontaine',
    born: '1979-01-23',
    sex: 'Female',
    employer: employers.harbor,
    email: 'maximiliana.konstantinopoulou@harborandpine.example',
    employeeClass: 'Part Time',
    hiredDaysAgo: 410,
  },
  {
    key: 'zoe',
    first: 'Zoë',
    last: 'Nguyễn',
    born: '2001-06-15',
    sex: 'Female',
    employer: employers.harbor,
    email: 'zoe.nguyen@harborandpine.example',
    employeeClass: 'Part Time',
    hiredDaysAgo: 3,
  },
  {
    key: 'jeanLuc',
    first: 'Jean-Luc',
    last: "D'Amato",
    born: '1970-11-02',
    sex: 'Male',
    employer: employers.harbor,
    email: 'jl.damato@harborandpine.example',
    employeeClass: 'Full Time',
    hiredDaysAgo: 2300,
    terminatedDaysAgo: 45,
  },
  {
    key: 'chloe',
    first: 'Chloé',
    last: 'Dubois-Martin',
    born: '1990-02-28',
    sex: 'Female',
    employer: employers.northwind,
    email: 'chloe.dubois-martin@northwind.example',
    employeeClass: 'Full Time',
    hiredDaysAgo: 900,
  },
  {
    key: 'kwame',
    first: 'Kwame',
    last: 'Mensah-Boateng',
    born: '1985-07-19',
    sex: 'Male',
    employer: employers.northwind,
    email: 'kwame.mensah-boateng@northwind.example',
    employeeClass: 'Full Time',
    hiredDaysAgo: 300,
  },
]

function seedPerson(
  db: Database,
  person: Person,
  index: number,
  today: string,
): void {
  const hireDate = addDays(today, -person.hiredDaysAgo)
  const createdAt = `${addDays(hireDate, -7)}T15:04:05.000Z`
  const terminated = person.terminatedDaysAgo
  const terminationDate = terminated ? addDays(today, -terminated) : null

  insertRow(db, 'members', {
    id: SEED.members[person.key],
    first_name: person.first,
    last_name: person.last,
    date_of_birth: person.born,
    sex: person.sex,
    created_at: createdAt,
  })

  insertRow(db, 'employees', {
    id: SEED.employees[person.key],
    member_id: SEED.members[person.key],
    employer_id: person.employer,
    email: person.email,
    phone: `50355501${String(index).padStart(2, '0')}`,
    employee_class: person.employeeClass,
    status: terminationDate ? 'terminated' : 'active',
    hire_date: hireDate,
    termination_date: terminationDate,
    reference_id: `HR-${1001 + index}`,
    created_at: createdAt,
    updated_at: terminationDate
      ? `${terminationDate}T17:30:00.000Z`
      : createdAt,
  })
}

/** Seeds every employee and the member (person) behind each. */
export function seedPeople(db: Database, today: string): void {
  for (const [index, person] of PEOPLE.entries()) {
    seedPerson(db, person, index, today)
  }
}
