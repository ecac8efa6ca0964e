import { test } from '@japa/runner'
import { JoinTokens } from '#modules/consultation/services/join_tokens'

const claims = { sid: 'session-a', uid: 'p-1', name: 'J. Jansen', role: 'client' as const, org: 7 }

test.group('Join tokens', () => {
  test('a minted ticket verifies with its claims until it expires', ({ assert }) => {
    const now = Date.now()
    const token = JoinTokens.mint(claims, 120, now)
    assert.containsSubset(JoinTokens.verify(token, now + 60_000), claims)
    assert.isNull(JoinTokens.verify(token, now + 121_000))
  })

  test('a changed payload, a changed signature or garbage is refused', ({ assert }) => {
    const token = JoinTokens.mint(claims)
    const [payload, signature] = token.split('.')
    const other = Buffer.from(JSON.stringify({ ...claims, sid: 'session-b', exp: 9_999_999_999 })).toString('base64url')
    assert.isNull(JoinTokens.verify(`${other}.${signature}`))
    assert.isNull(JoinTokens.verify(`${payload}.${signature.slice(0, -2)}xx`))
    assert.isNull(JoinTokens.verify(`${payload}.${signature}.more`))
    for (const garbage of ['', 'abc', '.', 'a.b']) assert.isNull(JoinTokens.verify(garbage))
  })
})
