import { test } from '@japa/runner'
import { organizationSlugFromHost, organizationUrl } from '#core/tenancy/hosts'

test.group('Hosts | organizationSlugFromHost', () => {
  test('a subdomain of the app domain is an organization', ({ assert }) => {
    assert.deepEqual(organizationSlugFromHost('demo.localhost', 'localhost'), { kind: 'organization', slug: 'demo' })
    assert.deepEqual(organizationSlugFromHost('de-linde.example.com', 'example.com'), {
      kind: 'organization',
      slug: 'de-linde',
    })
    assert.deepEqual(organizationSlugFromHost('clinic42.localhost', 'localhost'), { kind: 'organization', slug: 'clinic42' })
    assert.deepEqual(organizationSlugFromHost('7.localhost', 'localhost'), { kind: 'organization', slug: '7' })
    assert.deepEqual(organizationSlugFromHost('xn--bcher-kva.localhost', 'localhost'), {
      kind: 'organization',
      slug: 'xn--bcher-kva',
    })
  })

  test('the bare domain and foreign hosts are the platform', ({ assert }) => {
    assert.deepEqual(organizationSlugFromHost('localhost', 'localhost'), { kind: 'platform' })
    assert.deepEqual(organizationSlugFromHost('example.com', 'example.com'), { kind: 'platform' })
    assert.deepEqual(organizationSlugFromHost('evil-localhost', 'localhost'), { kind: 'platform' })
    assert.deepEqual(organizationSlugFromHost('demo.localhost.evil.test', 'localhost'), { kind: 'platform' })
    assert.deepEqual(organizationSlugFromHost('notexample.com', 'example.com'), { kind: 'platform' })
    assert.deepEqual(organizationSlugFromHost('127.0.0.1', 'localhost'), { kind: 'platform' })
    assert.deepEqual(organizationSlugFromHost(null, 'localhost'), { kind: 'platform' })
    assert.deepEqual(organizationSlugFromHost('', 'localhost'), { kind: 'platform' })
  })

  test('upper case hosts and domains are read as lower case', ({ assert }) => {
    assert.deepEqual(organizationSlugFromHost('DEMO.LOCALHOST', 'localhost'), { kind: 'organization', slug: 'demo' })
    assert.deepEqual(organizationSlugFromHost('Demo.Example.Com', 'example.com'), { kind: 'organization', slug: 'demo' })
    assert.deepEqual(organizationSlugFromHost('demo.example.com', 'EXAMPLE.COM'), { kind: 'organization', slug: 'demo' })
    assert.deepEqual(organizationSlugFromHost('LOCALHOST', 'localhost'), { kind: 'platform' })
  })

  test('a trailing dot (fully qualified name) is ignored', ({ assert }) => {
    assert.deepEqual(organizationSlugFromHost('demo.localhost.', 'localhost'), { kind: 'organization', slug: 'demo' })
    assert.deepEqual(organizationSlugFromHost('demo.example.com.', 'example.com'), { kind: 'organization', slug: 'demo' })
    assert.deepEqual(organizationSlugFromHost('localhost.', 'localhost'), { kind: 'platform' })
  })

  test('subdomains that cannot be an organization slug are invalid', ({ assert }) => {
    const invalid = { kind: 'invalid' }
    assert.deepEqual(organizationSlugFromHost('a.b.localhost', 'localhost'), invalid, 'nested subdomain')
    assert.deepEqual(organizationSlugFromHost('www.demo.example.com', 'example.com'), invalid, 'nested subdomain')
    assert.deepEqual(organizationSlugFromHost('-demo.localhost', 'localhost'), invalid, 'leading hyphen')
    assert.deepEqual(organizationSlugFromHost('demo-.localhost', 'localhost'), invalid, 'trailing hyphen')
    assert.deepEqual(organizationSlugFromHost('demo_1.localhost', 'localhost'), invalid, 'underscore')
    assert.deepEqual(organizationSlugFromHost('.localhost', 'localhost'), invalid, 'empty label')
    assert.deepEqual(organizationSlugFromHost('demo..localhost', 'localhost'), invalid, 'empty label')
    assert.deepEqual(organizationSlugFromHost(`${'a'.repeat(64)}.localhost`, 'localhost'), invalid, '64 characters')
    assert.deepEqual(organizationSlugFromHost('dé.localhost', 'localhost'), invalid, 'non-ASCII')
  })

  test('a slug of 63 characters (the DNS label limit) is accepted', ({ assert }) => {
    const slug = 'a'.repeat(63)
    assert.deepEqual(organizationSlugFromHost(`${slug}.localhost`, 'localhost'), { kind: 'organization', slug })
  })
})

test.group('Hosts | organizationUrl', () => {
  test('builds an absolute link on the organization\'s subdomain that maps back to it', ({ assert }) => {
    const url = organizationUrl('demo', '/password/abc')
    const parsed = new URL(url)
    assert.oneOf(parsed.protocol, ['http:', 'https:'])
    assert.equal(parsed.pathname, '/password/abc')
    assert.deepEqual(organizationSlugFromHost(parsed.hostname), { kind: 'organization', slug: 'demo' })
  })

  test('defaults to the start page', ({ assert }) => {
    assert.equal(new URL(organizationUrl('demo')).pathname, '/')
  })
})
