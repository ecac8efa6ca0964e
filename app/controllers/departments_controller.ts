import type { HttpContext } from '@adonisjs/core/http'
import Department from '#models/department'
import DepartmentPolicy from '#policies/department_policy'
import DepartmentService from '#services/department_service'
import DepartmentTransformer from '#transformers/department_transformer'
import { departmentValidator } from '#validators/department'
import { idParamsValidator } from '#validators/common'

export default class DepartmentsController {
  async index({ inertia, bouncer, auth }: HttpContext) {
    await bouncer.with(DepartmentPolicy).authorize('viewList')
    const user = auth.getUserOrFail()
    const query = Department.query().withCount('users').orderBy('name')
    if (user.role === 'dept_admin') query.whereIn('id', await user.departmentIds())
    const departments = await query
    return inertia.render('departments/index', {
      departments: DepartmentTransformer.transform(departments),
      can: {
        create: await bouncer.with(DepartmentPolicy).allows('create'),
        delete: await bouncer.with(DepartmentPolicy).allows('delete'),
      },
    })
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(DepartmentPolicy).authorize('create')
    const payload = await ctx.request.validateUsing(departmentValidator)
    const department = await new DepartmentService(ctx).create(payload)
    ctx.session.flash('success', ctx.i18n.t('departments.created', { name: department.name }))
    return ctx.response.redirect().back()
  }

  async update(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const department = await Department.findOrFail(params.id)
    await ctx.bouncer.with(DepartmentPolicy).authorize('update', department)
    const payload = await ctx.request.validateUsing(departmentValidator)
    await new DepartmentService(ctx).update(department, payload)
    ctx.session.flash('success', ctx.i18n.t('departments.updated', { name: department.name }))
    return ctx.response.redirect().back()
  }

  async destroy(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const department = await Department.findOrFail(params.id)
    await ctx.bouncer.with(DepartmentPolicy).authorize('delete')
    await new DepartmentService(ctx).delete(department)
    ctx.session.flash('success', ctx.i18n.t('departments.deleted', { name: department.name }))
    return ctx.response.redirect().back()
  }
}
