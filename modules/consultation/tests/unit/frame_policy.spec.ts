import { ServerResponse, IncomingMessage } from 'node:http'
import { Socket } from 'node:net'
import { test } from '@japa/runner'
import shieldConfig from '#config/shield'
import { allowFrameSource } from '#modules/consultation/services/visit_waiting_room'

/* The policy of config/shield.ts as the shield middleware writes it in production (tests run without it) */
const POLICY = Object.entries(shieldConfig.csp.directives ?? {})
  .map(([name, values]) => {
    const kebab = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
    const list = [...((values ?? []) as Iterable<unknown>)].map(String)
    return [kebab, ...list.map((value) => (value === '@nonce' ? `'nonce-test'` : value))].join(' ')
  })
  .join(';')

function responseWith(headers: Record<string, string>) {
  const response = new ServerResponse(new IncomingMessage(new Socket()))
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
  return response
}

const directives = (header: unknown) =>
  String(header)
    .split(';')
    .map((directive) => directive.trim())

test.group('Waiting room | the own frame and the content security policy', () => {
  test('the waiting room may frame the organization\'s page origin, and nothing else changes', ({ assert }) => {
    /* production frames only the app itself: frame-src falls back to default-src 'self' */
    assert.notInclude(POLICY, 'frame-src')
    assert.include(directives(POLICY), "default-src 'self'")
    const response = responseWith({ 'Content-Security-Policy': POLICY })
    allowFrameSource(response, 'https://info.example.org/wait?room=1')
    const after = directives(response.getHeader('Content-Security-Policy'))
    assert.include(after, "frame-src 'self' https://info.example.org")
    assert.includeMembers(after, directives(POLICY), 'every other directive stays as it was')
    assert.lengthOf(after, directives(POLICY).length + 1)
  })

  test('an existing frame-src is widened, not replaced; the report-only policy too', ({ assert }) => {
    const response = responseWith({
      'Content-Security-Policy': `${POLICY};frame-src 'self' https://video.example.net`,
      'Content-Security-Policy-Report-Only': "default-src 'self'",
    })
    allowFrameSource(response, 'http://localhost:8080/page')
    assert.include(directives(response.getHeader('Content-Security-Policy')), "frame-src 'self' https://video.example.net http://localhost:8080")
    assert.include(directives(response.getHeader('Content-Security-Policy-Report-Only')), "frame-src 'self' http://localhost:8080")
  })

  test('without a policy (development, tests) nothing is added', ({ assert }) => {
    const response = responseWith({})
    allowFrameSource(response, 'https://info.example.org/wait')
    assert.isUndefined(response.getHeader('Content-Security-Policy'))
  })
})
