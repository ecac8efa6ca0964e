import { test } from '@japa/runner'
import { build } from 'esbuild'
import { chromium, type Browser, type Page } from 'playwright-core'
import testUtils from '@adonisjs/core/services/test_utils'
import { JoinTokens } from '#modules/consultation/services/join_tokens'
import { mediaPlane } from '#modules/consultation/sfu/media_plane'
import type { EmbeddedSfuBackend } from '#modules/consultation/sfu/embedded_backend'
import { chromiumPath, CHROMIUM_FLAGS } from '#tests/support/chromium'
import { createOrganization, urlOf } from '#tests/support/world'
import type Organization from '#models/organization'

/*
 * Real media through the embedded SFU: two headless Chromiums with fake
 * camera and microphone join one session with ion-sdk-js, publish, and each
 * decodes the other. The page is a test-only stand-in for the consultation
 * room, served on the organization's subdomain by request interception; the
 * signalling goes to the app's real /media/signal endpoint.
 */

const MEDIA_FLAGS = [...CHROMIUM_FLAGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']

let bundle: string | null = null
async function ionBundle(): Promise<string> {
  if (bundle) return bundle
  const result = await build({
    stdin: {
      contents: `
        import { Client, LocalStream } from 'ion-sdk-js'
        import { IonSFUJSONRPCSignal } from 'ion-sdk-js/lib/signal/json-rpc-impl'
        window.Ion = { Client, LocalStream, IonSFUJSONRPCSignal }`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  })
  bundle = result.outputFiles[0].text
  return bundle
}

/* Runs in the page: join, publish the fake devices, record what arrives */
const ROOM_SCRIPT = `
window.media = { remoteStreams: [], removed: 0, joined: false, error: null, events: [] }
window.startCall = async (token, sid, uid) => {
  const t0 = performance.now()
  const signal = new Ion.IonSFUJSONRPCSignal('ws://' + location.host + '/media/signal?token=' + encodeURIComponent(token))
  signal.onclose = (e) => window.media.events.push('closed ' + e.code)
  const client = new Ion.Client(signal, { codec: 'vp8', iceServers: [] })
  window.client = client
  client.ontrack = (track, stream) => {
    if (!window.media.remoteStreams.includes(stream)) {
      window.media.remoteStreams.push(stream)
      stream.addEventListener('removetrack', () => { window.media.removed++ })
    }
  }
  try {
    await new Promise((resolve, reject) => { signal.onopen = resolve; signal.onerror = reject })
    await client.join(sid, uid)
    window.media.joined = true
    const local = await Ion.LocalStream.getUserMedia({ resolution: 'vga', audio: true, video: true, codec: 'vp8', simulcast: false })
    client.publish(local)
    window.media.publishedAt = performance.now() - t0
  } catch (error) {
    window.media.error = String(error && (error.message || JSON.stringify(error)))
  }
  window.media.t0 = t0
}
window.inbound = async () => {
  const out = { framesDecoded: 0, audioPackets: 0, videoPacketsLost: 0, liveRemoteTracks: 0 }
  if (!window.client || !window.client.transports) return out
  const stats = await window.client.getSubStats()
  stats.forEach((s) => {
    if (s.type !== 'inbound-rtp') return
    if (s.kind === 'video') { out.framesDecoded += s.framesDecoded || 0; out.videoPacketsLost += s.packetsLost || 0 }
    if (s.kind === 'audio') out.audioPackets += s.packetsReceived || 0
  })
  out.liveRemoteTracks = window.media.remoteStreams.reduce((n, s) => n + s.getTracks().length, 0)
  return out
}
`

async function roomPage(browser: Browser, organization: Organization): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  /*
   * A real document of the organization's subdomain (any page, a 404 will do):
   * Chromium's local-network-access checks block a WebSocket to loopback from
   * a document that did not come from a local address (a route-fulfilled one).
   */
  await page.goto(urlOf(organization, '/__test/sfu-room'))
  await page.evaluate(await ionBundle())
  await page.evaluate(ROOM_SCRIPT)
  return page
}

const ticket = (organization: Organization, sid: string, uid: string) =>
  JoinTokens.mint({ sid, uid, name: uid, role: 'staff', org: organization.id })

async function waitFor<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last = await probe()
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last)}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
    last = await probe()
  }
  return last
}

type Inbound = { framesDecoded: number; audioPackets: number; videoPacketsLost: number; liveRemoteTracks: number }
const inbound = (page: Page) => page.evaluate(() => (globalThis as any).inbound() as Promise<Inbound>)

test.group('Embedded SFU with real media', (group) => {
  let browser: Browser
  group.setup(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: MEDIA_FLAGS })
    return () => browser.close()
  })
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('two participants decode each other, and a closed tab leaves the room within seconds', async ({ assert }) => {
    const organization = await createOrganization()
    const sid = `consultation-${Date.now()}`
    const alice = await roomPage(browser, organization)
    const bob = await roomPage(browser, organization)

    await alice.evaluate(([t, s]) => (globalThis as any).startCall(t, s, 'alice'), [ticket(organization, sid, 'alice'), sid])
    assert.isNull(await alice.evaluate(() => (globalThis as any).media.error))

    const bobJoin = Date.now()
    await bob.evaluate(([t, s]) => (globalThis as any).startCall(t, s, 'bob'), [ticket(organization, sid, 'bob'), sid])
    assert.isNull(await bob.evaluate(() => (globalThis as any).media.error))

    // the newcomer's first decoded remote frame
    await waitFor(() => inbound(bob), (s) => s.framesDecoded > 0, 15_000, 'bob decodes alice')
    const bobFirstFrameMs = Date.now() - bobJoin
    await waitFor(() => inbound(alice), (s) => s.framesDecoded > 0, 15_000, 'alice decodes bob')
    console.log(`      newcomer's first decoded remote frame ${bobFirstFrameMs} ms after starting to join (join + getUserMedia + publish)`)

    // media keep flowing both ways: frames rise, audio arrives
    const before = { alice: await inbound(alice), bob: await inbound(bob) }
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const after = { alice: await inbound(alice), bob: await inbound(bob) }
    for (const who of ['alice', 'bob'] as const) {
      assert.isAbove(after[who].framesDecoded, before[who].framesDecoded + 20, `${who} keeps decoding video`)
      assert.isAbove(after[who].audioPackets, before[who].audioPackets + 50, `${who} receives audio`)
      assert.equal(after[who].liveRemoteTracks, 2, `${who} has the other's audio and video`)
      assert.equal(after[who].videoPacketsLost, 0)
    }
    const sfu = mediaPlane.backend as EmbeddedSfuBackend
    assert.deepEqual(await sfu.stats(), { rooms: 1, peers: 2 })

    // bob closes the tab: alice's remote stream ends, the SFU drops bob
    const closedAt = Date.now()
    await bob.context().close()
    await waitFor(() => inbound(alice), (s) => s.liveRemoteTracks === 0, 5_000, "bob's tracks to leave alice")
    console.log(`      the others saw the closed tab leave after ${Date.now() - closedAt} ms`)
    assert.deepEqual(await sfu.stats(), { rooms: 1, peers: 1 })

    // bob comes back (reload): alice decodes him again on the reused m-sections
    const bobAgain = await roomPage(browser, organization)
    await bobAgain.evaluate(([t, s]) => (globalThis as any).startCall(t, s, 'bob'), [ticket(organization, sid, 'bob'), sid])
    await waitFor(() => inbound(bobAgain), (s) => s.framesDecoded > 0, 15_000, 'bob decodes alice after re-join')
    const aliceBefore = (await inbound(alice)).framesDecoded
    await waitFor(() => inbound(alice), (s) => s.framesDecoded > aliceBefore + 10 && s.liveRemoteTracks === 2, 15_000, 'alice decodes bob again')
    const sections = await alice.evaluate(() => ((globalThis as any).client.transports[1].pc).getTransceivers().length)
    assert.equal(sections, 2, 'no dead m-sections pile up: audio and video are reused')

    // a second connection for the same participant replaces the first
    const bobThird = await roomPage(browser, organization)
    await bobThird.evaluate(([t, s]) => (globalThis as any).startCall(t, s, 'bob'), [ticket(organization, sid, 'bob'), sid])
    await waitFor(() => bobAgain.evaluate(() => (globalThis as any).media.events as string[]), (e) => e.includes('closed 4409'), 5_000, 'the replaced connection to close')
    await waitFor(() => inbound(bobThird), (s) => s.framesDecoded > 0, 15_000, 'the new connection decodes alice')
    assert.deepEqual(await sfu.stats(), { rooms: 1, peers: 2 })
    await alice.context().close()
    await bobAgain.context().close()
    await bobThird.context().close()
  }).timeout(90_000)

  test('a ticket for another session or a forged ticket gets no media', async ({ assert }) => {
    const organization = await createOrganization()
    const sid = `consultation-${Date.now()}`
    const alice = await roomPage(browser, organization)
    await alice.evaluate(([t, s]) => (globalThis as any).startCall(t, s, 'alice'), [ticket(organization, sid, 'alice'), sid])
    await waitFor(() => alice.evaluate(() => JSON.stringify((globalThis as any).media)), (m) => JSON.parse(m).joined, 10_000, 'alice joins')

    const intruder = await roomPage(browser, organization)
    // a valid ticket, but for another session
    await intruder.evaluate(([t, s]) => (globalThis as any).startCall(t, s, 'mallory'), [ticket(organization, 'other-session', 'mallory'), sid])
    const refused = await intruder.evaluate(() => (globalThis as any).media as { error: string; joined: boolean; events: string[] })
    assert.isFalse(refused.joined)
    assert.include(refused.error, 'another session')

    // a forged ticket for the right session
    const [payload] = ticket(organization, sid, 'mallory').split('.')
    const forger = await roomPage(browser, organization)
    await forger.evaluate(([t, s]) => (globalThis as any).startCall(t, s, 'mallory'), [`${payload}.${'A'.repeat(43)}`, sid])
    const forged = await forger.evaluate(() => (globalThis as any).media as { error: string; joined: boolean })
    assert.isFalse(forged.joined)
    assert.include(forged.error, 'invalid or expired')

    // a genuine ticket of another organization, for this very session id, used on this organization's host
    const elsewhere = await createOrganization()
    const crosser = await roomPage(browser, organization)
    await crosser.evaluate(([t, s]) => (globalThis as any).startCall(t, s, 'mallory'), [ticket(elsewhere, sid, 'mallory'), sid])
    const crossed = await crosser.evaluate(() => (globalThis as any).media as { error: string; joined: boolean })
    assert.isFalse(crossed.joined)
    assert.include(crossed.error, 'invalid or expired')

    await new Promise((resolve) => setTimeout(resolve, 1000))
    for (const page of [intruder, forger, crosser]) {
      const stats = await page.evaluate(async () => {
        const pc = (globalThis as any).client.transports?.[1]?.pc
        if (!pc) return { remoteDescription: false, framesDecoded: 0 }
        let framesDecoded = 0
        ;(await pc.getStats()).forEach((s: any) => {
          if (s.type === 'inbound-rtp') framesDecoded += s.framesDecoded || 0
        })
        return { remoteDescription: Boolean(pc.remoteDescription), framesDecoded }
      })
      assert.deepEqual(stats, { remoteDescription: false, framesDecoded: 0 })
    }
    assert.equal((await (mediaPlane.backend as EmbeddedSfuBackend).stats()).peers, 1)
    await alice.context().close()
    await intruder.context().close()
    await forger.context().close()
    await crosser.context().close()
  }).timeout(60_000)
})
