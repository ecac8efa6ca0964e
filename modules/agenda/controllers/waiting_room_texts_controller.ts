import type { HttpContext } from '@adonisjs/core/http'
import WaitingRoomTextService, {
  allWaitingRoomTexts,
  WAITING_ROOM_TEXT_MAX_LENGTH,
} from '#modules/agenda/services/waiting_room_text_service'
import { WAITING_ROOM_TEXT_CODES } from '#modules/agenda/services/template_renderer'
import { pingWaitingRooms } from '#modules/agenda/services/waiting_room_content'
import { WaitingRoomContentMessages } from '#modules/agenda/validators/announcement'
import {
  waitingRoomTextParamsValidator,
  waitingRoomTextValidator,
} from '#modules/agenda/validators/waiting_room_text'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'
import { WAITING_ROOM_TEXT_KINDS } from '#modules/agenda/types'

/** The waiting-room info texts per situation and language (org admins; the route checks the role) */
export default class WaitingRoomTextsController {
  async index({ inertia }: HttpContext) {
    return inertia.render('agenda/waiting_room_texts/index', {
      texts: await allWaitingRoomTexts(),
      kinds: [...WAITING_ROOM_TEXT_KINDS],
      locales: [...SUPPORTED_LOCALES],
      codes: [...WAITING_ROOM_TEXT_CODES],
      maxLength: WAITING_ROOM_TEXT_MAX_LENGTH,
    })
  }

  async update(ctx: HttpContext) {
    const { params, body } = await ctx.request.validateUsing(waitingRoomTextValidator, {
      messagesProvider: new WaitingRoomContentMessages(ctx.i18n),
    })
    await new WaitingRoomTextService(ctx).save(params.kind, params.locale, body)
    await pingWaitingRooms(ctx.organization!, [null])
    ctx.session.flash('success', ctx.i18n.t('waiting_room_content.texts.saved'))
    return ctx.response.redirect().back()
  }

  async reset(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(waitingRoomTextParamsValidator)
    if (await new WaitingRoomTextService(ctx).reset(params.kind, params.locale)) {
      await pingWaitingRooms(ctx.organization!, [null])
    }
    ctx.session.flash('success', ctx.i18n.t('waiting_room_content.texts.reset_done'))
    return ctx.response.redirect().back()
  }
}
