import type { HttpContext } from '@adonisjs/core/http'
import AnnouncementService from '#modules/agenda/services/announcement_service'
import { announcementValidator, WaitingRoomContentMessages } from '#modules/agenda/validators/announcement'
import { idParamsValidator } from '#validators/common'

/** Service announcements for the waiting rooms (org admins and department admins; the route checks the role) */
export default class AnnouncementsController {
  async index(ctx: HttpContext) {
    const service = await AnnouncementService.for(ctx)
    const announcements = await service.list()
    return ctx.inertia.render('agenda/announcements/index', {
      announcements,
      departments: await service.departments(),
      defaultExpiry: service.defaultExpiry(),
      timezone: ctx.organization!.timezone,
      can: {
        allDepartments: service.isOrgAdmin,
        deleteAll: announcements.some((announcement) => announcement.canDelete),
      },
    })
  }

  async store(ctx: HttpContext) {
    const payload = await ctx.request.validateUsing(announcementValidator, {
      messagesProvider: new WaitingRoomContentMessages(ctx.i18n),
    })
    const service = await AnnouncementService.for(ctx)
    await service.create({ ...payload, departmentId: payload.departmentId ?? null })
    ctx.session.flash('success', ctx.i18n.t('waiting_room_content.announcements.created'))
    return ctx.response.redirect().back()
  }

  async destroy(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const service = await AnnouncementService.for(ctx)
    await service.delete(params.id)
    ctx.session.flash('success', ctx.i18n.t('waiting_room_content.announcements.deleted'))
    return ctx.response.redirect().back()
  }

  async destroyAll(ctx: HttpContext) {
    const service = await AnnouncementService.for(ctx)
    const count = await service.deleteAll()
    ctx.session.flash('success', ctx.i18n.t('waiting_room_content.announcements.deleted_all', { count }))
    return ctx.response.redirect().back()
  }
}
