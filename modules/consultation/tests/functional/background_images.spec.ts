import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import drive from '@adonisjs/drive/services/main'
import sharp from 'sharp'
import tenancy from '#core/tenancy/tenancy'
import AuditLog from '#models/audit_log'
import type Organization from '#models/organization'
import type User from '#models/user'
import ConsultationBackground from '#modules/consultation/models/consultation_background'
import { MAX_BACKGROUNDS } from '#modules/consultation/services/background_images'
import { createOrganization, createUser } from '#tests/support/world'
import { onOrganization } from '#tests/support/requests'
import { bytesOf } from '#tests/support/responses'
import { png } from '#tests/support/images'
import type { ApiClient } from '@japa/api-client'

type Listed = { images: Array<{ id: number; url: string; width: number; height: number }>; allowed: boolean; max: number }

async function world() {
  const organization = await createOrganization()
  const admin = await createUser(organization, 'org_admin')
  const handler = await createUser(organization, 'handler')
  const deptAdmin = await createUser(organization, 'dept_admin')
  return { organization, admin, handler, deptAdmin }
}

/** A JSON client of the settings page (what the background images card sends) */
const as = (client: ApiClient, organization: Organization, user?: User) => {
  const requests = onOrganization(client, organization, { as: user })
  return {
    list: () => requests.get('/organization/backgrounds').header('accept', 'application/json'),
    image: (id: number) => requests.get(`/organization/backgrounds/${id}/image`),
    upload: (bytes: Buffer, filename = 'background.png', contentType = 'image/png') =>
      requests.post('/organization/backgrounds').header('accept', 'application/json').file('image', bytes, { filename, contentType }),
    remove: (id: number) => requests.delete(`/organization/backgrounds/${id}`).header('accept', 'application/json'),
  }
}

const storedRows = (organization: Organization) =>
  tenancy.run(organization, async () => await ConsultationBackground.query().orderBy('id'))

test.group('Background images | upload and use', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an org admin adds an image: re-encoded as JPEG without metadata, listed and served to every employee', async ({ client, assert }) => {
    const { organization, admin, handler } = await world()
    /* a photo with a camera's metadata (orientation, a comment standing in for a location) */
    const photo = await sharp(await png(1600, 900, '#2f9e44'))
      .jpeg()
      .withExif({ IFD0: { ImageDescription: 'home address 12', Make: 'PhoneCam' } })
      .toBuffer()
    assert.isDefined((await sharp(photo).metadata()).exif, 'the upload carries metadata')

    const upload = await as(client, organization, admin).upload(photo, 'holiday.jpg', 'image/jpeg')
    upload.assertStatus(201)
    const created = upload.body()
    assert.containsSubset(created, { width: 1600, height: 900, url: `/organization/backgrounds/${created.id}/image` })

    const listed = await as(client, organization, handler).list()
    listed.assertStatus(200)
    assert.deepEqual((listed.body() as Listed).images, [created])
    assert.isTrue((listed.body() as Listed).allowed)
    assert.equal((listed.body() as Listed).max, MAX_BACKGROUNDS)

    const served = await as(client, organization, handler).image(created.id)
    served.assertStatus(200)
    served.assertHeader('content-type', 'image/jpeg')
    served.assertHeader('x-content-type-options', 'nosniff')
    assert.include(served.header('cache-control'), 'private')
    const metadata = await sharp(bytesOf(served)).metadata()
    assert.equal(metadata.format, 'jpeg')
    assert.equal(metadata.width, 1600)
    assert.isUndefined(metadata.exif, 'the stored picture has no metadata')

    const audit = await tenancy.run(organization, async () => await AuditLog.query().where('action', 'organization.background_added'))
    assert.lengthOf(audit, 1)
    assert.equal(audit[0].actorId, admin.id)
  })

  test('a large image is stored at most 1920x1080, keeping its shape', async ({ client, assert }) => {
    const { organization, admin } = await world()
    const upload = await as(client, organization, admin).upload(await png(4000, 2000))
    upload.assertStatus(201)
    assert.containsSubset(upload.body(), { width: 1920, height: 960 })
    const metadata = await sharp(bytesOf(await as(client, organization, admin).image(upload.body().id))).metadata()
    assert.deepEqual([metadata.width, metadata.height], [1920, 960])
  })

  test('the list says when the organization has background effects switched off', async ({ client, assert }) => {
    const organization = await createOrganization({ settings: { allow_background_effects: false } })
    const handler = await createUser(organization, 'handler')
    const listed = await as(client, organization, handler).list()
    listed.assertStatus(200)
    assert.isFalse((listed.body() as Listed).allowed)
  })

  test('an org admin removes an image: gone from the list, the route and the storage', async ({ client, assert }) => {
    const { organization, admin, handler } = await world()
    const { id } = (await as(client, organization, admin).upload(await png(800, 450))).body()
    const [row] = await storedRows(organization)
    assert.isTrue(await drive.use().exists(row.storageKey))

    const removed = await as(client, organization, admin).remove(id)
    removed.assertStatus(204)
    assert.deepEqual(((await as(client, organization, handler).list()).body() as Listed).images, [])
    ;(await as(client, organization, handler).image(id)).assertStatus(404)
    assert.isFalse(await drive.use().exists(row.storageKey))
  })
})

test.group('Background images | who may do what', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('only org admins add or remove images; other employees list and load them; visitors get nothing', async ({ client, assert }) => {
    const { organization, admin, handler, deptAdmin } = await world()
    const { id } = (await as(client, organization, admin).upload(await png(800, 450))).body()

    for (const user of [handler, deptAdmin]) {
      ;(await as(client, organization, user).upload(await png(800, 450))).assertStatus(403)
      ;(await as(client, organization, user).remove(id)).assertStatus(403)
      ;(await as(client, organization, user).list()).assertStatus(200)
      ;(await as(client, organization, user).image(id)).assertStatus(200)
    }
    assert.lengthOf(await storedRows(organization), 1)

    /* not logged in (a patient on the visit page, a stranger) */
    const visitor = as(client, organization)
    assert.oneOf((await visitor.list()).status(), [401, 302])
    assert.oneOf((await visitor.image(id)).status(), [401, 302])
    assert.notEqual((await visitor.image(id)).header('content-type'), 'image/jpeg')
  })

  test("another organization's image is not found, not listed and cannot be removed", async ({ client, assert }) => {
    const { organization, admin } = await world()
    const { id } = (await as(client, organization, admin).upload(await png(800, 450))).body()

    const other = await world()
    ;(await as(client, other.organization, other.admin).image(id)).assertStatus(404)
    ;(await as(client, other.organization, other.handler).image(id)).assertStatus(404)
    ;(await as(client, other.organization, other.admin).remove(id)).assertStatus(404)
    assert.deepEqual(((await as(client, other.organization, other.admin).list()).body() as Listed).images, [])

    /* still there for its own organization */
    ;(await as(client, organization, admin).image(id)).assertStatus(200)
    assert.lengthOf(await storedRows(organization), 1)
  })
})

test.group('Background images | refused files', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a text file named .png is refused, and nothing is stored', async ({ client, assert }) => {
    const { organization, admin } = await world()
    const response = await as(client, organization, admin).upload(Buffer.from('<script>alert(1)</script> '.repeat(100)))
    response.assertStatus(422)
    assert.equal(response.body().errors[0].field, 'image')
    assert.lengthOf(await storedRows(organization), 0)
  })

  test('a broken picture (a PNG cut short) is refused with a readable message', async ({ client, assert }) => {
    const { organization, admin } = await world()
    const broken = (await png(800, 450)).subarray(0, 120)
    const response = await as(client, organization, admin).upload(broken)
    response.assertStatus(422)
    assert.deepEqual(response.body().errors, [
      { message: 'This file is not an image we can read. Use a PNG, JPEG, WebP or GIF file.', field: 'image', rule: 'business' },
    ])
    assert.lengthOf(await storedRows(organization), 0)
  })

  test('a file of another type is refused', async ({ client, assert }) => {
    const { organization, admin } = await world()
    const response = await as(client, organization, admin).upload(Buffer.from('plain text'), 'notes.txt', 'text/plain')
    response.assertStatus(422)
    assert.equal(response.body().errors[0].field, 'image')
    assert.lengthOf(await storedRows(organization), 0)
  })

  test('a picture too small for a camera background is refused', async ({ client, assert }) => {
    const { organization, admin } = await world()
    const response = await as(client, organization, admin).upload(await png(200, 120))
    response.assertStatus(422)
    assert.equal(response.body().errors[0].message, 'This image is too small: use at least 320 × 180 pixels.')
    assert.lengthOf(await storedRows(organization), 0)
  })

  test(`no more than ${MAX_BACKGROUNDS} images`, async ({ client, assert }) => {
    const { organization, admin } = await world()
    await tenancy.run(organization, async () => {
      for (let index = 0; index < MAX_BACKGROUNDS; index++) {
        await ConsultationBackground.create({ storageKey: `test/full-${organization.id}-${index}.jpg`, width: 1280, height: 720 })
      }
    })
    const response = await as(client, organization, admin).upload(await png(800, 450))
    response.assertStatus(422)
    assert.match(response.body().errors[0].message, new RegExp(`at most ${MAX_BACKGROUNDS}`))
    assert.lengthOf(await storedRows(organization), MAX_BACKGROUNDS)
  })
})
