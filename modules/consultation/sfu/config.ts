import type { EngineOptions } from './engine.js'
import type { IceServer } from './protocol.js'

export type SfuConfig = {
  /** external ion-sfu nodes; empty: the embedded SFU */
  nodeUrls: string[]
  iceServers: IceServer[]
  udpPortRange?: [number, number]
}

/** SFU_URLS: comma-separated ws(s):// URLs */
export function parseNodeUrls(value: string | undefined): string[] {
  const urls = (value ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
  for (const url of urls) {
    if (!/^wss?:\/\//.test(url)) throw new Error(`SFU_URLS: ${url} is not a ws:// or wss:// URL`)
  }
  return urls
}

/** SFU_ICE_SERVERS: a JSON array of RTCIceServer; unset: none (host candidates only) */
export function parseIceServers(value: string | undefined): IceServer[] {
  if (!value || !value.trim()) return []
  const parsed = JSON.parse(value)
  if (!Array.isArray(parsed)) throw new Error('SFU_ICE_SERVERS must be a JSON array')
  return parsed.map((server) => {
    const urls = server?.urls
    const valid = typeof urls === 'string' || (Array.isArray(urls) && urls.every((url) => typeof url === 'string'))
    if (!valid) throw new Error('SFU_ICE_SERVERS: every server needs urls')
    return {
      urls,
      ...(server.username !== undefined ? { username: String(server.username) } : {}),
      ...(server.credential !== undefined ? { credential: String(server.credential) } : {}),
    }
  })
}

/** SFU_UDP_PORT_RANGE: "min-max", e.g. 40000-40999 */
export function parsePortRange(value: string | undefined): [number, number] | undefined {
  if (!value || !value.trim()) return undefined
  const match = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(value)
  const [min, max] = match ? [Number(match[1]), Number(match[2])] : [Number.NaN, Number.NaN]
  if (!(min >= 1024 && max <= 65535 && min < max)) throw new Error('SFU_UDP_PORT_RANGE must be min-max with 1024 <= min < max <= 65535')
  return [min, max]
}

export function sfuConfig(get: (name: string) => string | undefined): SfuConfig {
  return {
    nodeUrls: parseNodeUrls(get('SFU_URLS')),
    iceServers: parseIceServers(get('SFU_ICE_SERVERS')),
    udpPortRange: parsePortRange(get('SFU_UDP_PORT_RANGE')),
  }
}

export function engineOptions(config: SfuConfig): Partial<EngineOptions> {
  return { iceServers: config.iceServers, udpPortRange: config.udpPortRange }
}
