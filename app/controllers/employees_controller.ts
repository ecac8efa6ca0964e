import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import Department from '#models/department'
import EmployeePolicy from '#policies/employee_policy'
import EmployeeService from '#services/employee_service'
import EmployeeTransformer from '#transformers/employee_transformer'
import { employeeListValidator, employeeValidator } from '#validators/employee'
import { idParamsValidator } from '#validators/common'
import { ORGANIZATION_ROLES } from '#core/roles'
import { SUPPORTED_LOCALES } from '#core/i18n/locales'
import { containsPattern } from '#core/database/text_keys'

/**
 * Employees (handlers, department admins, org admins). Org admins manage
 * them; department admins see the staff of their own departments.
 */
export default class EmployeesController {
  async index({ inertia, bouncer, auth, request, organization }: HttpContext) {
    await bouncer.with(EmployeePolicy).authorize('viewList')
    const filters = await request.validateUsing(employeeListValidator, { data: request.qs() })
    const viewer = auth.getUserOrFail()
    const ownDepartments = viewer.role === 'dept_admin' ? await viewer.departmentIds() : null

    const page = await User.query()
      .preload('departments', (query) => query.orderBy('name'))
      .if(filters.search, (query) =>
        query.whereRaw(`search_key like ? escape '\\'`, [containsPattern(filters.search!)])
      )
      .if(filters.role, (query) => query.where('role', filters.role!))
      .if(filters.department, (query) =>
        query.whereHas('departments', (d) => d.where('departments.id', filters.department!))
      )
      .if(ownDepartments, (query) =>
        query.whereHas('departments', (d) => d.whereIn('departments.id', ownDepartments!))
      )
      .orderBy('full_name')
      .paginate(filters.page ?? 1, 50)

    const departments = await Department.query().orderBy('name')
    const activeCount = await EmployeeService.countActive()
    return inertia.render('employees/index', {
      employees: EmployeeTransformer.transform(page.all()),
      meta: { currentPage: page.currentPage, lastPage: page.lastPage, total: page.total },
      filters: {
        search: filters.search ?? '',
        role: filters.role ?? '',
        department: filters.department ? String(filters.department) : '',
      },
      departments: departments.map((d) => ({ id: d.id, name: d.name, color: d.color })),
      usage: { active: activeCount, max: organization!.maxUsers },
      can: { manage: await bouncer.with(EmployeePolicy).allows('manage') },
      roles: [...ORGANIZATION_ROLES],
    })
  }

  async create({ inertia, bouncer }: HttpContext) {
    await bouncer.with(EmployeePolicy).authorize('manage')
    return inertia.render('employees/form', await this.formProps(null))
  }

  async store(ctx: HttpContext) {
    await ctx.bouncer.with(EmployeePolicy).authorize('manage')
    const payload = await ctx.request.validateUsing(employeeValidator)
    const user = await new EmployeeService(ctx, ctx.organization!).invite(payload)
    ctx.session.flash('success', ctx.i18n.t('employees.invited', { name: user.fullName, email: user.email }))
    return ctx.response.redirect('/employees')
  }

  async edit({ inertia, bouncer, request }: HttpContext) {
    await bouncer.with(EmployeePolicy).authorize('manage')
    const { params } = await request.validateUsing(idParamsValidator)
    const employee = await User.query().where('id', params.id).preload('departments').firstOrFail()
    return inertia.render('employees/form', await this.formProps(employee))
  }

  async update(ctx: HttpContext) {
    await ctx.bouncer.with(EmployeePolicy).authorize('manage')
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const employee = await User.findOrFail(params.id)
    const payload = await ctx.request.validateUsing(employeeValidator)
    await new EmployeeService(ctx, ctx.organization!).update(employee, payload)
    ctx.session.flash('success', ctx.i18n.t('employees.updated', { name: employee.fullName }))
    return ctx.response.redirect('/employees')
  }

  async destroy(ctx: HttpContext) {
    await ctx.bouncer.with(EmployeePolicy).authorize('manage')
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const employee = await User.findOrFail(params.id)
    await new EmployeeService(ctx, ctx.organization!).remove(employee)
    ctx.session.flash('success', ctx.i18n.t('employees.removed', { name: employee.fullName }))
    return ctx.response.redirect('/employees')
  }

  async resendInvitation(ctx: HttpContext) {
    await ctx.bouncer.with(EmployeePolicy).authorize('manage')
    const { params } = await ctx.request.validateUsing(idParamsValidator)
    const employee = await User.findOrFail(params.id)
    await new EmployeeService(ctx, ctx.organization!).resendInvitation(employee)
    ctx.session.flash('success', ctx.i18n.t('employees.invitation_resent', { email: employee.email }))
    return ctx.response.redirect().back()
  }

  private async formProps(employee: User | null) {
    const departments = await Department.query().orderBy('name')
    return {
      employee: employee ? EmployeeTransformer.transform(employee) : null,
      departments: departments.map((d) => ({ id: d.id, name: d.name, color: d.color })),
      roles: [...ORGANIZATION_ROLES],
      locales: [...SUPPORTED_LOCALES],
    }
  }
}
