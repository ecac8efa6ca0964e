import env from '#start/env'

export type HostKind =
  | { kind: 'platform' }
  | { kind: 'organization'; slug: string }
  | { kind: 'invalid' }

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

/** `demo.example.com` -> organization "demo"; `example.com` (or any other host) -> platform */
export function organizationSlugFromHost(hostname: string | null, domain = env.get('APP_DOMAIN')): HostKind {
  const host = (hostname ?? '').toLowerCase().replace(/\.$/, '')
  const suffix = `.${domain.toLowerCase()}`
  if (!host.endsWith(suffix)) return { kind: 'platform' }
  const slug = host.slice(0, -suffix.length)
  return SLUG.test(slug) ? { kind: 'organization', slug } : { kind: 'invalid' }
}

/** Absolute URL of a path on the bare (platform) domain */
export function platformUrl(path = '/'): string {
  return organizationUrl('', path).replace('://.', '://')
}

/** Absolute URL of a path on an organization's subdomain, for e-mails */
export function organizationUrl(slug: string, path = '/'): string {
  const protocol = env.get('APP_PROTOCOL', env.get('NODE_ENV') === 'production' ? 'https' : 'http')
  const port = env.get('APP_PUBLIC_PORT') ?? (env.get('NODE_ENV') === 'production' ? undefined : env.get('PORT'))
  const defaultPort = protocol === 'https' ? 443 : 80
  const portPart = port && port !== defaultPort ? `:${port}` : ''
  return `${protocol}://${slug}.${env.get('APP_DOMAIN')}${portPart}${path}`
}
