import { isUniqueViolation } from '#core/database/unique_violation'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import type { LucidModel, LucidRow, ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import Department from '#models/department'
import User from '#models/user'
import AuditLogger from '#services/audit_logger'
import BusinessRuleException from '#exceptions/business_rule_exception'
import NotFoundException from '#exceptions/not_found_exception'
import { containsPattern, textKey } from '#core/database/text_keys'
import type { Locale } from '#core/i18n/locales'
import Client from '#modules/agenda/models/client'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import AgendaScope from '#modules/agenda/services/agenda_scope'
import { dbTime, localToday } from '#modules/agenda/services/local_time'
import { isoDate } from '#modules/agenda/validators/client'

/* ---------- what clients and external participants share ---------- */

export type IdentifyingInput = {
  initials: string
  lastName: string
  dateOfBirth: string
  email: string
  clientNumber?: string | null
}

export type PersonInput = IdentifyingInput & {
  phone?: string | null
  locale?: Locale | null
  /* the user saw the possible duplicates and chose to save anyway */
  confirmDuplicates?: boolean
}

type PersonRow = LucidRow & {
  id: number
  initials: string
  lastName: string
  dateOfBirth: string
  email: string
  clientNumber: string | null
  displayName: string
}

export type DuplicateReason = 'email' | 'client_number' | 'name_and_birth_date'

export type PossibleDuplicate<T> = { person: T; reasons: DuplicateReason[] }

export const SEARCH_LIMIT = 20
export const PAGE_SIZE = 50

/** Today's date in the organization's zone: the latest possible date of birth */
export function personMeta(ctx: HttpContext) {
  return { today: localToday(ctx.organization?.timezone ?? 'UTC') }
}

/**
 * Search words, each of which must occur in the person's search key. A
 * birth date typed as DD-MM-YYYY (or with / or .) is looked up as the
 * stored YYYY-MM-DD.
 */
export function searchTerms(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((term) => isoDate(term) ?? term)
}

export function applySearch(query: ModelQueryBuilderContract<LucidModel, any>, table: string, text?: string | null) {
  for (const term of searchTerms(text)) {
    query.whereRaw(`${table}.search_key like ? escape '\\'`, [containsPattern(term)])
  }
  return query
}

/**
 * The people among `query` who may be the same person as `input`: same
 * e-mail address, same client number, or same last name and date of birth.
 */
export async function findPossibleDuplicates<T extends PersonRow>(
  query: ModelQueryBuilderContract<LucidModel, T>,
  table: string,
  input: IdentifyingInput,
  exceptId?: number | null
): Promise<PossibleDuplicate<T>[]> {
  const email = input.email.toLowerCase()
  const number = input.clientNumber || null
  const rows: T[] = await query
    .where((candidates) => {
      candidates.where(`${table}.email`, email).orWhere(`${table}.date_of_birth`, input.dateOfBirth)
      if (number) candidates.orWhere(`${table}.client_number`, number)
    })
    .if(exceptId, (q) => q.whereNot(`${table}.id`, exceptId!))
    .orderBy(`${table}.last_name`)
    .orderBy(`${table}.id`)
    .limit(200)
  const lastName = textKey(input.lastName)
  return rows
    .map((person) => {
      const reasons: DuplicateReason[] = []
      if (person.email === email) reasons.push('email')
      if (number && person.clientNumber === number) reasons.push('client_number')
      if (person.dateOfBirth === input.dateOfBirth && textKey(person.lastName) === lastName) {
        reasons.push('name_and_birth_date')
      }
      return { person, reasons }
    })
    .filter((match) => match.reasons.length > 0)
    .slice(0, SEARCH_LIMIT)
}

/** What the appointment form's picker shows of a person */
export function pickerEntry(person: PersonRow) {
  return {
    id: person.id,
    displayName: person.displayName,
    email: person.email,
    dateOfBirth: person.dateOfBirth,
    clientNumber: person.clientNumber ?? null,
  }
}

/** Appointments still ahead (scheduled, not yet over) that invite this person */
export async function futureAppointmentCount(
  column: 'client_id' | 'external_participant_id',
  personId: number
): Promise<number> {
  const row = await AppointmentParticipant.query()
    .where(column, personId)
    .whereHas('appointment', (appointment) =>
      appointment.where('status', 'scheduled').where('ends_at', '>', dbTime(DateTime.utc()))
    )
    .countDistinct('appointment_id as total')
    .first()
  return Number(row?.$extras.total ?? 0)
}

/** Names of the fields a save changed, never their values (patient data stays out of the audit log) */
export function changedFields(row: LucidRow): string[] {
  return Object.keys(row.$dirty).filter((key) => !['searchKey', 'updatedAt', 'createdAt'].includes(key))
}

/** The person's fields as stored: optional ones null when left empty */
export function personAttributes(input: PersonInput) {
  return {
    initials: input.initials,
    lastName: input.lastName,
    dateOfBirth: input.dateOfBirth,
    email: input.email.toLowerCase(),
    clientNumber: input.clientNumber || null,
    phone: input.phone || null,
    locale: input.locale ?? null,
  }
}

/* ---------- clients ---------- */

export type ClientInput = PersonInput & {
  departmentId?: number | null
  handlerIds?: number[]
}

export type ClientListFilters = { search?: string; department?: number; page?: number }

/**
 * Clients (patients) of the current organization, always through the
 * user's AgendaScope: what a user may not see does not exist for them.
 */
export default class ClientService {
  constructor(
    private ctx: HttpContext,
    readonly scope: AgendaScope
  ) {}

  static async forRequest(ctx: HttpContext) {
    return new ClientService(ctx, await AgendaScope.of(ctx.auth.getUserOrFail(), ctx.organization!))
  }

  /** Admins choose a client's handlers; a handler who creates a client is assigned to it */
  get canAssignHandlers() {
    return this.scope.user?.role !== 'handler'
  }

  list(filters: ClientListFilters) {
    const query = this.scope
      .clients()
      .preload('department')
      .preload('handlers', (handlers) => handlers.orderBy('full_name'))
      .if(filters.department, (q) => q.where('clients.department_id', filters.department!))
    return applySearch(query, 'clients', filters.search)
      .orderBy('clients.last_name')
      .orderBy('clients.initials')
      .orderBy('clients.id')
      .paginate(filters.page ?? 1, PAGE_SIZE)
  }

  /** The picker of the appointment form: at most 20 visible clients */
  async search(text?: string | null) {
    const query = this.scope.clients()
    const clients = await applySearch(query, 'clients', text)
      .orderBy('clients.last_name')
      .orderBy('clients.initials')
      .orderBy('clients.id')
      .limit(SEARCH_LIMIT)
    return clients.map(pickerEntry)
  }

  async findVisible(id: number): Promise<Client> {
    const client = await this.scope.findClient(id)
    if (!client) throw new NotFoundException('Client not found')
    return client
  }

  /** Visible clients that may be the same person (the search before creating) */
  duplicates(input: IdentifyingInput, exceptId?: number | null) {
    return findPossibleDuplicates(this.scope.clients(), 'clients', input, exceptId)
  }

  /** Departments a client of this user may belong to */
  departmentOptions() {
    const query = Department.query().orderBy('name')
    if (this.scope.strictDepartments && !this.scope.isOrgAdmin) query.whereIn('id', this.scope.departmentIds)
    return query
  }

  /** Handlers an admin may assign (a department admin: those of their own departments, when strictly segregated) */
  handlerOptions() {
    const query = User.query().where('role', 'handler').where('is_active', true).orderBy('full_name')
    if (!this.canAssignHandlers) return query.whereRaw('1 = 0')
    if (this.scope.strictDepartments && !this.scope.isOrgAdmin) {
      query.whereHas('departments', (departments) => departments.whereIn('departments.id', this.scope.departmentIds))
    }
    return query
  }

  async create(input: ClientInput): Promise<Client> {
    const attributes = personAttributes(input)
    await this.ensureClientNumberFree(attributes.clientNumber)
    const departmentId = await this.departmentFor(input.departmentId)
    const handlerIds = this.canAssignHandlers
      ? await this.handlersFor(input.handlerIds, [])
      : [this.scope.user!.id]
    if (!input.confirmDuplicates) await this.ensureNoDuplicates(attributes)

    const client = await numberRaceAsTaken('clients.errors.client_number_taken', () =>
      db.transaction(async (trx) => {
        const created = await Client.create({ ...attributes, departmentId }, { client: trx })
        await created.related('handlers').sync(handlerIds, true, trx)
        return created
      })
    )
    await AuditLogger.record(this.ctx, {
      action: 'client.created',
      subject: { type: 'client', id: client.id, label: client.displayName },
    })
    return client
  }

  async update(client: Client, input: ClientInput): Promise<Client> {
    const attributes = personAttributes(input)
    await this.ensureClientNumberFree(attributes.clientNumber, client.id)
    const departmentId = await this.departmentFor(input.departmentId)
    await client.load('handlers')
    const current = client.handlers.map((handler) => handler.id)
    const handlerIds = this.canAssignHandlers ? await this.handlersFor(input.handlerIds, current) : current

    const identityChanged =
      attributes.email !== client.email ||
      attributes.dateOfBirth !== client.dateOfBirth ||
      textKey(attributes.lastName) !== textKey(client.lastName) ||
      (attributes.clientNumber !== null && attributes.clientNumber !== client.clientNumber)
    if (identityChanged && !input.confirmDuplicates) await this.ensureNoDuplicates(attributes, client.id)

    client.merge({ ...attributes, departmentId })
    const fields = changedFields(client)
    const handlersChanged = [...handlerIds].sort().join() !== [...current].sort().join()
    await numberRaceAsTaken('clients.errors.client_number_taken', () =>
      db.transaction(async (trx) => {
        client.useTransaction(trx)
        await client.save()
        if (handlersChanged) await client.related('handlers').sync(handlerIds, true, trx)
      })
    )
    await AuditLogger.record(this.ctx, {
      action: 'client.updated',
      subject: { type: 'client', id: client.id, label: client.displayName },
      changes: { fields: handlersChanged ? [...fields, 'handlers'] : fields },
    })
    return client
  }

  /**
   * A client invited to an appointment still ahead cannot be deleted; past
   * appointments keep their record and lose the link to the client.
   */
  async delete(client: Client) {
    const upcoming = await futureAppointmentCount('client_id', client.id)
    if (upcoming > 0) {
      throw new BusinessRuleException('clients.errors.has_future_appointments', undefined, {
        name: client.displayName,
        count: upcoming,
      })
    }
    await client.delete()
    await AuditLogger.record(this.ctx, {
      action: 'client.deleted',
      subject: { type: 'client', id: client.id, label: client.displayName },
    })
  }

  /** Who opened which client's record (only the name: no other personal field is logged) */
  recordView(client: Client) {
    return AuditLogger.record(this.ctx, {
      action: 'client.viewed',
      subject: { type: 'client', id: client.id, label: client.displayName },
    })
  }

  upcomingAppointmentCount(client: Client) {
    return futureAppointmentCount('client_id', client.id)
  }

  /** The client number identifies the client in the organization's own EHR/CRM: one client per number */
  private async ensureClientNumberFree(number: string | null, exceptId?: number) {
    if (!number) return
    const taken = await Client.query()
      .where('client_number', number)
      .if(exceptId, (q) => q.whereNot('id', exceptId!))
      .first()
    if (taken) throw new BusinessRuleException('clients.errors.client_number_taken', 'clientNumber')
  }

  private async ensureNoDuplicates(input: IdentifyingInput, exceptId?: number) {
    const matches = await this.duplicates(input, exceptId)
    if (matches.length > 0) {
      throw new BusinessRuleException('clients.errors.possible_duplicates', 'confirmDuplicates', {
        count: matches.length,
      })
    }
  }

  /** With strictly segregated departments every client belongs to one the user may use */
  private async departmentFor(id: number | null | undefined): Promise<number | null> {
    if (id === null || id === undefined) {
      if (this.scope.strictDepartments) throw new BusinessRuleException('clients.errors.department_required', 'departmentId')
      return null
    }
    const department = await Department.find(id)
    if (!department || !this.scope.canUseDepartment(department.id)) {
      throw new BusinessRuleException('clients.errors.department_not_allowed', 'departmentId')
    }
    return department.id
  }

  /** Handlers the user may assign; those already assigned may stay. No list at all: unchanged. */
  private async handlersFor(ids: number[] | undefined, current: number[]): Promise<number[]> {
    if (ids === undefined) return current
    const wanted = [...new Set(ids)]
    if (wanted.length === 0) return []
    const allowed = new Set([...current, ...(await this.handlerOptions().whereIn('users.id', wanted)).map((user) => user.id)])
    if (wanted.some((id) => !allowed.has(id))) {
      throw new BusinessRuleException('clients.errors.unknown_handler', 'handlerIds')
    }
    return wanted
  }
}

/** Two saves racing for the same client number: the unique index refuses the second, reported like the check */
export async function numberRaceAsTaken<T>(messageKey: string, save: () => Promise<T>): Promise<T> {
  try {
    return await save()
  } catch (error) {
    if (isUniqueViolation(error)) throw new BusinessRuleException(messageKey, 'clientNumber')
    throw error
  }
}
