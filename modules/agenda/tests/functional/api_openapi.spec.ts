import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import router from '@adonisjs/core/services/router'
import { PROBLEM_KINDS } from '#core/http/problem_details'
import { urlOf } from '#tests/support/world'
import { apiOf, assertProblem, organizationWithKey } from './api_support.js'

type Node = Record<string, any>

/** Every `$ref` in the document, with where it is */
function references(node: unknown, path = '#', found: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) node.forEach((item, index) => references(item, `${path}/${index}`, found))
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push([path, value])
      else references(value, `${path}/${key}`, found)
    }
  }
  return found
}

function resolve(document: Node, reference: string): unknown {
  if (!reference.startsWith('#/')) return undefined
  return reference
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((node: any, part) => (node === undefined ? undefined : node[part]), document)
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/** The REST API's routes as the router has them: `get /clients/{id}` */
function registeredOperations(): string[] {
  const operations = new Set<string>()
  for (const routes of Object.values(router.toJSON())) {
    for (const route of routes) {
      if (!route.pattern.startsWith('/api/v1/')) continue
      const path = route.pattern.slice('/api/v1'.length).replace(/:(\w+)/g, '{$1}')
      for (const method of route.methods) {
        if (method === 'HEAD') continue
        operations.add(`${method.toLowerCase()} ${path}`)
      }
    }
  }
  return [...operations].sort()
}

test.group('API | OpenAPI document', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('is served without a key, as OpenAPI 3.1 for this organization', async ({ client, assert }) => {
    const { organization } = await organizationWithKey({ name: 'Kliniek De Linde' })
    const response = await apiOf(client, organization).get('/openapi.json')
    response.assertStatus(200)
    assert.match(response.header('content-type') ?? '', /^application\/json/)
    assert.notProperty(response.headers(), 'set-cookie')
    const document = response.body()
    assert.equal(document.openapi, '3.1.0')
    assert.include(document.info.title, 'Kliniek De Linde')
    assert.isString(document.info.version)
    assert.deepEqual(document.servers.map((server: Node) => server.url), [urlOf(organization, '/api/v1')])
    assert.deepEqual(document.components.securitySchemes.apiKey, {
      type: 'http',
      scheme: 'bearer',
      description: document.components.securitySchemes.apiKey.description,
    })
    assert.deepEqual(document.security, [{ apiKey: [] }])
    assert.deepEqual(document.paths['/openapi.json'].get.security, [], 'the document itself needs no key')
  })

  test('describes every registered /api/v1 route, and nothing else', async ({ client, assert }) => {
    const { organization } = await organizationWithKey()
    const document = (await apiOf(client, organization).get('/openapi.json')).body()
    const documented = Object.entries(document.paths as Record<string, Node>)
      .flatMap(([path, item]) => Object.keys(item).filter((key) => METHODS.includes(key)).map((method) => `${method} ${path}`))
      .sort()
    const registered = registeredOperations()
    assert.isAtLeast(registered.length, 11)
    assert.deepEqual(documented, registered)
  })

  test('is structurally valid: every $ref resolves, path parameters are declared, operations are complete', async ({ client, assert }) => {
    const { organization } = await organizationWithKey()
    const document = (await apiOf(client, organization).get('/openapi.json')).body()
    for (const member of ['openapi', 'info', 'paths', 'components']) assert.property(document, member)

    const unresolved = references(document).filter(([, reference]) => resolve(document, reference) === undefined)
    assert.deepEqual(unresolved, [])

    const operationIds: string[] = []
    for (const [path, item] of Object.entries(document.paths as Record<string, Node>)) {
      assert.match(path, /^\//)
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1])
      for (const [method, operation] of Object.entries(item).filter(([key]) => METHODS.includes(key)) as [string, Node][]) {
        const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])] as Node[]
        for (const name of templated) {
          const declared = parameters.find((parameter) => parameter.in === 'path' && parameter.name === name)
          assert.isTrue(declared?.required, `${method} ${path} declares {${name}}`)
        }
        for (const parameter of parameters) {
          assert.oneOf(parameter.in, ['path', 'query', 'header', 'cookie'])
          assert.property(parameter, 'schema', `${method} ${path} ${parameter.name}`)
        }
        assert.isString(operation.operationId)
        operationIds.push(operation.operationId)
        assert.isAbove(Object.keys(operation.responses ?? {}).length, 0, `${method} ${path} has responses`)
        for (const status of Object.keys(operation.responses)) assert.match(status, /^[1-5]\d\d$/)
        if (operation.security === undefined) {
          assert.property(operation.responses, '401', `${method} ${path} documents the missing key`)
          assert.property(operation.responses, '429', `${method} ${path} documents the rate limit`)
        }
        if (['post', 'patch'].includes(method) && operation.requestBody) {
          assert.property(operation.requestBody.content, 'application/json')
        }
      }
    }
    assert.equal(new Set(operationIds).size, operationIds.length, 'operation ids are unique')

    /* the problem schema and one response per kind of problem, as problem+json */
    assert.includeMembers(document.components.schemas.Problem.required, ['type', 'title', 'status', 'detail', 'instance'])
    for (const { response } of Object.values(PROBLEM_KINDS)) {
      assert.deepEqual(document.components.responses[response].content['application/problem+json'].schema, {
        $ref: '#/components/schemas/Problem',
      })
    }
  })

  test('the request bodies are the validators: what the document requires is what the API refuses without', async ({ client, assert }) => {
    const { organization, key } = await organizationWithKey()
    const document = (await apiOf(client, organization).get('/openapi.json')).body()
    const api = apiOf(client, organization, { key })
    for (const [path, schema] of [
      ['/clients', 'ClientCreate'],
      ['/appointments', 'AppointmentCreate'],
    ]) {
      const problem = assertProblem(assert, await api.post(path, {}), 422)
      const refused = problem.errors!.filter((error) => error.message).map((error) => error.field)
      assert.sameMembers(refused, document.components.schemas[schema].required, schema)
    }
    assert.includeMembers(Object.keys(document.components.schemas.AppointmentCreate.properties), [
      'startsAt',
      'durationMinutes',
      'handlerId',
      'clientIds',
      'newClient',
    ])
  })

  test("a problem's type points into the document, where that problem is described", async ({ client, assert }) => {
    const { organization } = await organizationWithKey()
    const document = (await apiOf(client, organization).get('/openapi.json')).body()
    const problem = assertProblem(assert, await apiOf(client, organization).get('/clients'), 401)
    const [url, fragment] = problem.type.split('#')
    assert.equal(url, urlOf(organization, '/api/v1/openapi.json'))
    const described = resolve(document, `#${fragment}`) as Node
    assert.isString(described?.description)
    assert.property(described.headers, 'WWW-Authenticate')
  })
})
