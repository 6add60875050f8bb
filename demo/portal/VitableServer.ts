/** An employee as the portal lists them. */
export interface EmployeeSummary {
  id: string
  name: string
}

/** What the token route passes on to the browser. */
export interface AccessToken {
  access_token: string
  expires_in: number
}

/**
 * The portal backend's calls to Vitable's API with its API key. The key
 * stays here, on the server; only bound tokens leave.
 */
export class VitableServer {
  #baseUrl: string
  #apiKey: string

  constructor(baseUrl: string, apiKey: string) {
    this.#baseUrl = baseUrl.replace(/\/+$/, '')
    this.#apiKey = apiKey
  }

  /** Mints a token bound to one employee. */
  async issueEmployeeToken(employeeId: string): Promise<AccessToken> {
    const body = await this.#request('/v1/auth/access-tokens', {
      method: 'POST',
      body: JSON.stringify({
        grant_type: 'client_credentials',
        bound_entity: { type: 'employee', id: employeeId },
      }),
    })

    return { access_token: body.access_token, expires_in: body.expires_in }
  }

  /** Every active employee of every employer, for the demo's selector. */
  async listEmployees(): Promise<EmployeeSummary[]> {
    const employers = await this.#request('/v1/employers?limit=100')
    const lists = await Promise.all(
      employers.data.map((employer: { id: string }) =>
        this.#request(`/v1/employers/${employer.id}/employees?limit=100`),
      ),
    )

    return lists.flatMap((list) =>
      list.data.map((row: Record<string, string>) => ({
        id: row.id,
        name: `${row.first_name} ${row.last_name}`,
      })),
    )
  }

  // biome-ignore lint/suspicious/noExplicitAny: JSON from the API
  async #request(path: string, init: RequestInit = {}): Promise<any> {
    const response = await fetch(`${this.#baseUrl}${path}`, {
      ...init,
      headers: {
        Authorization: `Bearer ${this.#apiKey}`,
        'Content-Type': 'application/json',
      },
    })
    const body = await response.json().catch(() => ({}))

    if (!response.ok) {
      const code = body?.error?.code ?? response.status

      throw new Error(`Vitable API ${path} answered ${code}`)
    }

    return body
  }
}
