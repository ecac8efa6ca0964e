export const policies = {
  DepartmentPolicy: () => import('#policies/department_policy'),
  EmployeePolicy: () => import('#policies/employee_policy'),
  GroupPolicy: () => import('#policies/group_policy'),
}

