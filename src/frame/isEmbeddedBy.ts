/** The part of `Location` that names the pages embedding us. */
export interface AncestorScope {
  /** Chromium and WebKit only; its first entry is the parent's origin. */
  readonly ancestorOrigins?: ArrayLike<string>
}

/**
 * False when the browser names the embedding page's origin and it is not
 * `hostOrigin`; true when it matches or the browser does not say (no
 * `ancestorOrigins`, or an origin masked as "null").
 */
export function isEmbeddedBy(
  location: AncestorScope,
  hostOrigin: string,
): boolean {
  const parentOrigin = location.ancestorOrigins?.[0]

  if (parentOrigin === undefined || parentOrigin === 'null') return true

  return parentOrigin === hostOrigin
}
