import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import type User from '#models/user'
import type Organization from '#models/organization'
import Client from '#modules/agenda/models/client'
import Appointment from '#modules/agenda/models/appointment'

/**
 * Who sees which clients and appointments (PRODUCT.md 1.8):
 *  - org admins see everything;
 *  - with strictly segregated departments, department admins and handlers see
 *    only the clients and appointments of their own departments;
 *  - with strictly segregated clients, a handler sees only the clients
 *    assigned to them (and the appointments they handle or that involve those
 *    clients); department admins are not limited by client segregation.
 * Without either setting, every employee sees every client and appointment.
 * Every listing and every lookup of a single record goes through this class.
 */
export default class AgendaScope {
  private constructor(
    /** null: the organization itself acting (REST API with the organization's key) */
    readonly user: User | null,
    readonly organization: Organization,
    readonly departmentIds: number[]
  ) {}

  static async of(user: User, organization: Organization) {
    return new AgendaScope(user, organization, await user.departmentIds())
  }

  /** The organization as a whole (API key): sees and plans like an org admin */
  static forOrganization(organization: Organization) {
    return new AgendaScope(null, organization, [])
  }

  get strictDepartments(): boolean {
    return this.organization.advancedSettings.strict_department_segregation === true
  }

  get strictClients(): boolean {
    return this.organization.advancedSettings.strict_client_segregation === true
  }

  get isOrgAdmin() {
    return this.user === null || this.user.role === 'org_admin'
  }

  get role() {
    return this.user?.role ?? 'org_admin'
  }

  /** Clients this user may see */
  clients(): ModelQueryBuilderContract<typeof Client, Client> {
    const query = Client.query()
    if (this.isOrgAdmin) return query
    if (this.strictDepartments) query.whereIn('clients.department_id', this.departmentIds)
    if (this.strictClients && this.user?.role === 'handler') {
      const userId = this.user.id
      query.whereHas('handlers', (handlers) => handlers.where('users.id', userId))
    }
    return query
  }

  /** Appointments this user may see */
  appointments(): ModelQueryBuilderContract<typeof Appointment, Appointment> {
    const query = Appointment.query()
    if (this.isOrgAdmin) return query
    if (this.strictDepartments) {
      query.where((inDepartments) => {
        inDepartments.whereIn('appointments.department_id', this.departmentIds).orWhere('appointments.handler_id', this.user!.id)
      })
    }
    if (this.strictClients && this.user?.role === 'handler') {
      const userId = this.user.id
      query.where((own) => {
        own.where('appointments.handler_id', userId).orWhereHas('participants', (participants) => {
          participants.whereHas('client', (client) => client.whereHas('handlers', (h) => h.where('users.id', userId)))
        })
      })
    }
    return query
  }

  /** Whether a department is one the user may plan for */
  canUseDepartment(departmentId: number | null): boolean {
    if (this.isOrgAdmin || !this.strictDepartments) return true
    return departmentId !== null && this.departmentIds.includes(departmentId)
  }

  /**
   * Whether the user may change or cancel a visible appointment: admins may;
   * a handler only their own, or a department appointment of their department.
   */
  canChange(appointment: Appointment): boolean {
    if (this.user?.role !== 'handler') return true
    if (appointment.handlerId === this.user.id) return true
    return appointment.handlerId === null && appointment.departmentId !== null && this.departmentIds.includes(appointment.departmentId)
  }

  async findClient(id: number): Promise<Client | null> {
    return this.clients().where('clients.id', id).first()
  }

  async findAppointment(id: number): Promise<Appointment | null> {
    return this.appointments().where('appointments.id', id).first()
  }
}
