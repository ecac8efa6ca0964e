import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import User from '#models/user'
import { idParamsValidator } from '#validators/common'
import Availability from '#modules/agenda/models/availability'
import AvailabilityException from '#modules/agenda/models/availability_exception'
import AvailabilityPolicy from '#modules/agenda/policies/availability_policy'
import AvailabilityService, { AvailabilityEditor } from '#modules/agenda/services/availability_service'
import AvailabilityTransformer, {
  AvailabilityExceptionTransformer,
} from '#modules/agenda/transformers/availability_transformer'
import {
  availabilityMessages,
  availabilityOwnerValidator,
  availabilityPageValidator,
  availabilityValidator,
  GAP_MINUTES,
  SLOT_MINUTES,
} from '#modules/agenda/validators/availability'

/** Days the page previews, today included */
const PREVIEW_DAYS = 14

/**
 * The availability page: a person's periods (one-off and weekly), days and
 * periods off, and a preview of the bookable slots of the next two weeks.
 * Everyone manages their own; admins pick whose (AvailabilityPolicy).
 */
export default class AvailabilityController {
  async index(ctx: HttpContext) {
    const { inertia, request, auth, bouncer } = ctx
    const organization = ctx.organization!
    const query = await request.validateUsing(availabilityPageValidator, { data: request.qs() })
    const viewer = auth.getUserOrFail()
    const owner = await AvailabilityController.owner(ctx, query.user)

    const service = new AvailabilityService(organization)
    const now = DateTime.utc()
    const today = service.today(now)
    const until = DateTime.fromISO(today).plus({ days: PREVIEW_DAYS - 1 }).toISODate()!

    const [periods, exceptions, slots, walkIn, owners] = await Promise.all([
      Availability.query()
        .where('user_id', owner.id)
        .where((current) =>
          current
            .where((once) => once.where('recurrence', 'once').where('date', '>=', today))
            .orWhere((weekly) =>
              weekly.where('recurrence', 'weekly').where((last) => last.whereNull('until_date').orWhere('until_date', '>=', today))
            )
        ),
      AvailabilityException.query().where('user_id', owner.id).where('date', '>=', today).orderBy('date').orderBy('start_time'),
      service.slotsFor({ userIds: [owner.id], from: today, to: until, now }),
      service.walkInHours([owner.id], today, until, now),
      (await bouncer.with(AvailabilityPolicy).allows('pickOwner')) ? AvailabilityController.owners(viewer) : [],
    ])

    periods.sort(
      (a, b) =>
        (a.recurrence === b.recurrence ? 0 : a.recurrence === 'weekly' ? -1 : 1) ||
        (a.weekday ?? 0) - (b.weekday ?? 0) ||
        (a.date ?? '').localeCompare(b.date ?? '') ||
        a.startTime.localeCompare(b.startTime)
    )

    const days = new Map<string, { date: string; slots: Array<{ startTime: string; endTime: string }>; walkIn: Array<{ startTime: string; endTime: string }> }>()
    const dayOf = (date: string) => {
      let day = days.get(date)
      if (!day) days.set(date, (day = { date, slots: [], walkIn: [] }))
      return day
    }
    for (const slot of slots) dayOf(slot.date).slots.push({ startTime: slot.startTime, endTime: slot.endTime })
    for (const hours of walkIn) dayOf(hours.date).walkIn.push({ startTime: hours.startTime, endTime: hours.endTime })

    return inertia.render('agenda/availability/index', {
      owner: { id: owner.id, fullName: owner.fullName, isSelf: owner.id === viewer.id },
      owners: owners.map((user) => ({ id: user.id, fullName: user.fullName, role: user.role })),
      periods: AvailabilityTransformer.transform(periods),
      exceptions: AvailabilityExceptionTransformer.transform(exceptions),
      preview: {
        from: today,
        to: until,
        days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
        slotCount: slots.length,
      },
      remainingBookingOptions:
        organization.advancedSettings.show_remaining_booking_options === true ? slots.length : null,
      today,
      limits: { slotMinutes: SLOT_MINUTES, gapMinutes: GAP_MINUTES },
    })
  }

  async store(ctx: HttpContext) {
    const { userId } = await ctx.request.validateUsing(availabilityOwnerValidator)
    const owner = await AvailabilityController.owner(ctx, userId)
    const payload = await ctx.request.validateUsing(availabilityValidator, AvailabilityController.validation(ctx))
    await new AvailabilityEditor(ctx).createPeriod(owner, payload)
    ctx.session.flash('success', ctx.i18n.t('availability.created'))
    return ctx.response.redirect().back()
  }

  async update(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const period = await Availability.findOrFail(params.id)
    const owner = await AvailabilityController.owner(ctx, period.userId)
    const payload = await ctx.request.validateUsing(availabilityValidator, AvailabilityController.validation(ctx))
    await new AvailabilityEditor(ctx).updatePeriod(owner, period, payload)
    ctx.session.flash('success', ctx.i18n.t('availability.updated'))
    return ctx.response.redirect().back()
  }

  async destroy(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const period = await Availability.findOrFail(params.id)
    const owner = await AvailabilityController.owner(ctx, period.userId)
    await new AvailabilityEditor(ctx).deletePeriod(owner, period)
    ctx.session.flash('success', ctx.i18n.t('availability.deleted'))
    return ctx.response.redirect().back()
  }

  /**
   * The person whose availability is concerned (default: the one asking),
   * found in the current organization only, after the policy allowed it.
   */
  static async owner(ctx: HttpContext, userId: number | undefined | null): Promise<User> {
    const viewer = ctx.auth.getUserOrFail()
    const owner = userId === undefined || userId === null || userId === viewer.id ? viewer : await User.findOrFail(userId)
    await ctx.bouncer.with(AvailabilityPolicy).authorize('manage', owner)
    return owner
  }

  /** Translated messages and today's local date for the availability validators */
  static validation(ctx: HttpContext) {
    return {
      messagesProvider: availabilityMessages(ctx.i18n),
      meta: { today: new AvailabilityService(ctx.organization!).today() },
    }
  }

  /** The people an admin can pick: everyone (org admin), or themselves and their departments' handlers */
  private static async owners(viewer: User): Promise<User[]> {
    const query = User.query().where('is_active', true).orderBy('full_name')
    if (viewer.role !== 'org_admin') {
      const departments = await viewer.departmentIds()
      query.where((mine) =>
        mine
          .where('id', viewer.id)
          .orWhere((handlers) =>
            handlers
              .where('role', 'handler')
              .whereHas('departments', (department) => department.whereIn('departments.id', departments))
          )
      )
    }
    return query
  }
}
