import type { HttpContext } from '@adonisjs/core/http'
import Group from '#models/group'
import GroupPolicy from '#policies/group_policy'
import GroupService from '#services/group_service'
import GroupTransformer from '#transformers/group_transformer'
import { groupValidator } from '#validators/group'
import { idParamsValidator } from '#validators/common'

export default class GroupsController {
  async index({ inertia, bouncer }: HttpContext) {
    await bouncer.with(GroupPolicy).authorize('manage')
    const groups = await Group.query().orderBy('name')
    return inertia.render('groups/index', { groups: GroupTransformer.transform(groups) })
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(GroupPolicy).authorize('manage')
    const payload = await ctx.request.validateUsing(groupValidator)
    const group = await new GroupService(ctx).create(payload)
    ctx.session.flash('success', ctx.i18n.t('groups.created', { name: group.name }))
    return ctx.response.redirect().back()
  }

  async update(ctx: HttpContext) {
    await ctx.bouncer.with(GroupPolicy).authorize('manage')
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const group = await Group.findOrFail(params.id)
    const payload = await ctx.request.validateUsing(groupValidator)
    await new GroupService(ctx).update(group, payload)
    ctx.session.flash('success', ctx.i18n.t('groups.updated', { name: group.name }))
    return ctx.response.redirect().back()
  }

  async destroy(ctx: HttpContext) {
    await ctx.bouncer.with(GroupPolicy).authorize('manage')
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const group = await Group.findOrFail(params.id)
    await new GroupService(ctx).delete(group)
    ctx.session.flash('success', ctx.i18n.t('groups.deleted', { name: group.name }))
    return ctx.response.redirect().back()
  }
}
