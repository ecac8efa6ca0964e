import type { HttpContext } from '@adonisjs/core/http'
import Department from '#models/department'
import EmployeeService from '#services/employee_service'
import ModuleSwitch from '#services/module_switch'

/** The start page after login: what the organization has, and what to do next */
export default class DashboardController {
  async index(ctx: HttpContext) {
    const { inertia, auth, organization } = ctx
    const user = auth.getUserOrFail()
    const [departments, employees] = await Promise.all([
      Department.query().count('* as total').first(),
      EmployeeService.countActive(),
    ])
    const modules = await ModuleSwitch.forContext(ctx).enabledKeys()
    return inertia.render('dashboard', {
      stats: {
        departments: Number(departments?.$extras.total ?? 0),
        employees,
        maxUsers: organization!.maxUsers,
        modules: modules.size,
      },
      myDepartments: (await user.departmentIds()).length,
    })
  }
}
