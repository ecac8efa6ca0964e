import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import testUtils from '@adonisjs/core/services/test_utils'
import transmit from '@adonisjs/transmit/services/main'
import { RoomChannels, RoomEvents } from '#modules/consultation/services/room_events'
import { createOrganization } from '#tests/support/world'

test.group('Consultation room | real-time pings', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('pings go to the organization\'s channels, also right after its address (slug) changed', async ({ assert, cleanup }) => {
    const organization = await createOrganization()
    const other = await createOrganization()
    const mediaSession = randomUUID()
    const pings: string[] = []
    const broadcast = transmit.broadcast
    cleanup(() => {
      transmit.broadcast = broadcast
    })
    transmit.broadcast = ((channel: string) => pings.push(channel)) as any

    const consultation = { organizationId: organization.id, mediaSession }
    await RoomEvents.changed(consultation, 'messages')
    await RoomEvents.changed(consultation, 'files', organization)
    await RoomEvents.inviteeChanged(organization.id, 7)
    await RoomEvents.changed({ organizationId: other.id, mediaSession }, 'participants')
    /* an organization passed for another consultation's organization is not trusted for its slug */
    await RoomEvents.changed({ organizationId: other.id, mediaSession }, 'participants', organization)
    assert.deepEqual(pings, [
      RoomChannels.consultation(organization.slug, mediaSession),
      RoomChannels.consultation(organization.slug, mediaSession),
      RoomChannels.invitee(organization.slug, 7),
      RoomChannels.consultation(other.slug, mediaSession),
      RoomChannels.consultation(other.slug, mediaSession),
    ])

    const previous = organization.slug
    organization.slug = `${previous}-renamed`
    await organization.save()
    pings.length = 0
    await RoomEvents.changed(consultation, 'messages')
    await RoomEvents.inviteeChanged(organization.id, 7)
    assert.deepEqual(pings, [
      RoomChannels.consultation(organization.slug, mediaSession),
      RoomChannels.invitee(organization.slug, 7),
    ])
  })
})
