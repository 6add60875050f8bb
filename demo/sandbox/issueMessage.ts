import type * as v from 'valibot'

/**
 * One sentence naming the field of the first valibot issue, e.g.
 * "`bound_entity.id` must start with empl_". `where` names the root
 * ("body" or "query").
 */
export function issueMessage(
  issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]],
  where: string,
): string {
  const [issue] = issues
  const path = (issue.path ?? [])
    .map((item) => item.key)
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`

      return index === 0 ? String(key) : `.${String(key)}`
    })
    .join('')
  const field = path ? `\`${path}\`` : `The ${where}`

  if (issue.input === undefined && path) return `${field} is required.`

  return `${field} ${issue.message}.`
}
