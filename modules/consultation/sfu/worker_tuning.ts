/*
 * Two adjustments of Node's built-ins for the SFU worker thread, where werift
 * does its networking and SRTP. werift offers no option for either, and it
 * imports these functions by name, so the patched functions are published to
 * the ES module bindings (syncBuiltinESMExports). Both apply to this thread
 * only: a worker has its own module instances.
 */
import crypto, { type KeyObject } from 'node:crypto'
import dgram from 'node:dgram'
import { syncBuiltinESMExports } from 'node:module'

/**
 * Bigger buffers for every UDP socket opened from now on. At the kernel's
 * default (208 kB, under a second of one publisher's media once the
 * kernel's per-packet overhead is counted) a short stall of the thread (a GC
 * pause, a busy machine) overflowed them and packets were lost. The kernel
 * caps the size at net.core.rmem_max / wmem_max.
 */
export function raiseSocketBuffers(bytes: number) {
  const createSocket = dgram.createSocket
  dgram.createSocket = ((
    type: dgram.SocketType | dgram.SocketOptions,
    listener?: (message: Buffer, remote: dgram.RemoteInfo) => void
  ) => {
    const options: dgram.SocketOptions = typeof type === 'string' ? { type } : type
    return createSocket({ recvBufferSize: bytes, sendBufferSize: bytes, ...options }, listener)
  }) as typeof dgram.createSocket
  syncBuiltinESMExports()
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
