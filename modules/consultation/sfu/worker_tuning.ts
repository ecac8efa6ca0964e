/*
 * Two adjustments of Node's built-ins for the SFU worker thread, where werift
 * does its networking and SRTP. werift offers no option for either, and it
 * imports these functions by name, so the patched functions are published to
 * the ES module bindings (syncBuiltinESMExports). Both apply to this thread
 * only: a worker has its own module instances.
 */
import crypto, { type KeyObject } from 'node:crypto'
import dgram from 'node:dgram'
import dns from 'node:dns'
import { isIP } from 'node:net'
import { syncBuiltinESMExports } from 'node:module'

/**
 * Every UDP socket opened from now on gets bigger buffers and answers
 * IP-literal destinations at once.
 *
 * Buffers: at the kernel's default (208 kB, under a second of one
 * publisher's media once the kernel's per-packet overhead is counted) a
 * short stall of the thread (a GC pause, a busy machine) overflowed them and
 * packets were lost. The kernel caps the size at net.core.rmem_max / wmem_max.
 *
 * Lookup: werift sends every packet to an address string, and dgram resolves
 * each one through dns.lookup, which for an IP literal still validates it
 * (an IPv6 regular expression) and defers the send to the next tick. Only
 * once the socket is bound: bind() resolves its address through the same
 * function, and werift waits for 'listening' after calling bind(), which a
 * synchronous answer would emit before it listens.
 */
export function tuneUdpSockets(bufferBytes: number) {
  const createSocket = dgram.createSocket
  dgram.createSocket = ((
    type: dgram.SocketType | dgram.SocketOptions,
    listener?: (message: Buffer, remote: dgram.RemoteInfo) => void
  ) => {
    const options: dgram.SocketOptions = typeof type === 'string' ? { type } : type
    const literal = literalLookup()
    let bound = false
    const socket = createSocket(
      {
        recvBufferSize: bufferBytes,
        sendBufferSize: bufferBytes,
        lookup: (hostname, lookupOptions, callback) =>
          bound ? literal(hostname, lookupOptions, callback) : dns.lookup(hostname, lookupOptions, callback),
        ...options,
      },
      listener
    )
    socket.once('listening', () => {
      bound = true
    })
    return socket
  }) as typeof dgram.createSocket
  syncBuiltinESMExports()
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string, family: number) => void

/** dns.lookup that answers an IP literal synchronously (remembering the last few); names go to DNS */
export function literalLookup(): (hostname: string, options: unknown, callback: LookupCallback) => void {
  const families = new Map<string, number>()
  return (hostname, options, callback) => {
    let family = families.get(hostname)
    if (family === undefined) {
      family = isIP(hostname)
      if (family === 0) return void dns.lookup(hostname, options as dns.LookupOptions, callback as any)
      if (families.size >= 64) families.clear()
      families.set(hostname, family)
    }
    callback(null, hostname, family)
  }
}

/**
 * SRTP creates a cipher (and, with AES-CM, an HMAC) for every packet, with
 * the session key as a Buffer. On Node 24 a Buffer key costs ~20 µs per
 * call and a KeyObject ~5 µs: that was a third of the SFU's CPU. Each key
 * Buffer gets its KeyObject once; the bytes are compared on every use, so a
 * Buffer whose contents change gets a new one.
 */
export function cacheCipherKeys() {
  const keyOf = keyObjectCache()
  const { createCipheriv, createDecipheriv, createHmac } = crypto
  crypto.createCipheriv = ((algorithm: string, key: unknown, ...rest: unknown[]) =>
    (createCipheriv as Function).call(crypto, algorithm, keyOf(key), ...rest)) as typeof crypto.createCipheriv
  crypto.createDecipheriv = ((algorithm: string, key: unknown, ...rest: unknown[]) =>
    (createDecipheriv as Function).call(crypto, algorithm, keyOf(key), ...rest)) as typeof crypto.createDecipheriv
  crypto.createHmac = ((algorithm: string, key: unknown, ...rest: unknown[]) =>
    (createHmac as Function).call(crypto, algorithm, keyOf(key), ...rest)) as typeof crypto.createHmac
  syncBuiltinESMExports()
}

/** Buffer key → its KeyObject, made once per Buffer and contents; anything else as it is */
export function keyObjectCache(): (key: unknown) => unknown {
  const cache = new WeakMap<Buffer, { bytes: Buffer; key: KeyObject }>()
  return (key) => {
    if (!Buffer.isBuffer(key) || key.length === 0) return key
    const cached = cache.get(key)
    if (cached && cached.bytes.equals(key)) return cached.key
    const fresh = { bytes: Buffer.from(key), key: crypto.createSecretKey(key) }
    cache.set(key, fresh)
    return fresh.key
  }
}
