/** Counters behind `GET /__sandbox/stats`; they live in memory only. */
export interface SandboxStats {
  /** Requests refused because a known token had expired. */
  expired_token_rejections: number
  /** Every request the API app handled. */
  requests: number
  /** Access tokens minted. */
  tokens_issued: number
}

/** Fresh counters, all zero. */
export function createStats(): SandboxStats {
  return { expired_token_rejections: 0, requests: 0, tokens_issued: 0 }
}
