import type { HttpContext } from '@adonisjs/core/http'
import { idParamsValidator } from '#validators/common'
import AvailabilityException from '#modules/agenda/models/availability_exception'
import { AvailabilityEditor } from '#modules/agenda/services/availability_service'
import { availabilityExceptionValidator, availabilityOwnerValidator } from '#modules/agenda/validators/availability'
import AvailabilityController from '#modules/agenda/controllers/availability_controller'

/** Days and periods off on the availability page */
export default class AvailabilityExceptionsController {
  async store(ctx: HttpContext) {
    const { userId } = await ctx.request.validateUsing(availabilityOwnerValidator)
    const owner = await AvailabilityController.owner(ctx, userId)
    const payload = await ctx.request.validateUsing(availabilityExceptionValidator, AvailabilityController.validation(ctx))
    await new AvailabilityEditor(ctx).createException(owner, payload)
    ctx.session.flash('success', ctx.i18n.t('availability.exceptions.created'))
    return ctx.response.redirect().back()
  }

  async destroy(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const exception = await AvailabilityException.findOrFail(params.id)
    const owner = await AvailabilityController.owner(ctx, exception.userId)
    await new AvailabilityEditor(ctx).deleteException(owner, exception)
    ctx.session.flash('success', ctx.i18n.t('availability.exceptions.deleted'))
    return ctx.response.redirect().back()
  }
}
