import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { HttpContext } from '@adonisjs/core/http'
import BusinessRuleException from '#exceptions/business_rule_exception'
import AuditLogger from '#services/audit_logger'
import { isUniqueViolation } from '#core/database/unique_violation'
import type Organization from '#models/organization'
import User from '#models/user'
import Department from '#models/department'
import Group from '#models/group'
import Appointment from '#modules/agenda/models/appointment'
import AppointmentParticipant from '#modules/agenda/models/appointment_participant'
import Client from '#modules/agenda/models/client'
import ExternalParticipant from '#modules/agenda/models/external_participant'
import type AgendaScope from '#modules/agenda/services/agenda_scope'
import { AccessLinks } from '#modules/agenda/services/access_link'
import { dbTime, fromLocal, NonexistentLocalTimeError, toLocal } from '#modules/agenda/services/local_time'
import AppointmentMailer from '#modules/agenda/services/appointment_mailer'
import type { AppointmentKind } from '#modules/agenda/types'

export type NewClientInput = {
  initials: string
  lastName: string
  dateOfBirth: string
  email: string
  clientNumber?: string
  phone?: string
  locale?: string
}

export type InviteesInput = {
  clientIds?: number[]
  newClient?: NewClientInput
  externalParticipantIds?: number[]
  groupIds?: number[]
}

/** Someone new, invited to a running consultation by name and e-mail: kept as an external participant */
export type NewExternalInput = {
  initials: string
  lastName: string
  email: string
  /** not always known for a one-off guest (an interpreter, a colleague): stored empty then */
  dateOfBirth?: string
  locale?: string
}

export type AddInviteesInput = Omit<InviteesInput, 'newClient'> & { newExternal?: NewExternalInput }

export type AppointmentInput = InviteesInput & {
  handlerId?: number
  departmentId?: number
  date: string
  time: string
  durationMinutes: number
  personalMessage?: string
  submissionKey?: string
}

export type QuickConsultationInput = InviteesInput & {
  handlerId?: number
  durationMinutes: number
  personalMessage?: string
  submissionKey?: string
}

/** The local hour at which the day's reminders go out */
export const REMINDER_LOCAL_HOUR = 7

/** Who is invited: each person once, external participants possibly through a group */
type Invitee =
  | { role: 'client'; client: Client }
  | { role: 'external'; participant: ExternalParticipant; groupId: number | null }

/**
 * Planning, changing and cancelling appointments. Used by the agenda screens
 * and the REST API alike: `scope` says what the acting employee may see and
 * plan (the API acts as the organization, with an org-admin scope).
 */
export default class AppointmentService {
  constructor(
    private ctx: HttpContext,
    private organization: Organization,
    private scope: AgendaScope
  ) {}

  get zone() {
    return this.organization.timezone
  }

  async create(input: AppointmentInput): Promise<Appointment> {
    const startsAt = this.startOf(input.date, input.time)
    return this.plan('regular', startsAt, input)
  }

  /** A consultation that starts now: the link is valid at once */
  async startQuick(input: QuickConsultationInput): Promise<Appointment> {
    const startsAt = DateTime.utc().startOf('minute')
    return this.plan('quick', startsAt, input)
  }

  private async plan(kind: AppointmentKind, startsAt: DateTime, input: AppointmentInput | QuickConsultationInput) {
    if (input.submissionKey) {
      const earlier = await this.bySubmissionKey(input.submissionKey)
      if (earlier) return earlier
    }
    const { handler, departmentId } = await this.assignment(input.handlerId, 'departmentId' in input ? input.departmentId : undefined)
    const endsAt = startsAt.plus({ minutes: input.durationMinutes })

    let appointment: Appointment
    let participants: AppointmentParticipant[]
    let earlier: Appointment | null = null
    try {
      ;({ appointment, participants, earlier } = await db.transaction(async (trx) => {
        if (handler) await this.lockHandler(trx, handler)
        /* a double submit that raced past the first check finds the first appointment here */
        if (input.submissionKey) {
          const first = await Appointment.query({ client: trx }).where('submission_key', input.submissionKey).first()
          if (first) return { appointment: first, participants: [], earlier: first }
        }
        if (handler) await this.refuseOverlap(trx, handler, startsAt, endsAt)
        const invitees = await this.invitees(trx, input, handler, departmentId)
        const created = new Appointment().useTransaction(trx)
        created.merge({
          uid: randomUUID(),
          kind,
          status: 'scheduled',
          handlerId: handler?.id ?? null,
          departmentId,
          startsAt,
          endsAt,
          durationMinutes: input.durationMinutes,
          personalMessage: input.personalMessage?.trim() || null,
          sequence: 0,
          reminderDueAt: kind === 'quick' ? null : this.reminderDueAt(startsAt),
          createdById: this.scope.user?.id ?? null,
          submissionKey: input.submissionKey ?? null,
        })
        await created.save()
        return { appointment: created, participants: await this.addParticipants(trx, created, invitees), earlier: null }
      }))
    } catch (error) {
      /* a double submit racing the first: the unique key hands back the first appointment */
      if (input.submissionKey && isUniqueViolation(error)) {
        const earlier = await this.bySubmissionKey(input.submissionKey)
        if (earlier) return earlier
      }
      throw error
    }
    if (earlier) return earlier

    await AppointmentMailer.notify(this.organization, appointment, participants, 'confirmation')
    await this.audit(kind === 'quick' ? 'appointment.quick_started' : 'appointment.created', appointment, {
      startsAt: appointment.startsAt.toISO(),
      durationMinutes: appointment.durationMinutes,
      handlerId: appointment.handlerId,
      departmentId: appointment.departmentId,
      participants: participants.length,
    })
    return appointment
  }

  /**
   * Change time, duration, handler, message or invitees. Everyone who stays
   * invited receives the change (same link, higher SEQUENCE) when the time or
   * handler changed; new invitees receive a confirmation, removed ones a
   * cancellation.
   */
  async update(appointment: Appointment, input: AppointmentInput): Promise<Appointment> {
    if (appointment.status === 'cancelled') throw new BusinessRuleException('appointments.errors.cancelled')
    if (appointment.anonymizedAt) throw new BusinessRuleException('appointments.errors.anonymized')
    const startsAt = this.startOf(input.date, input.time)
    const endsAt = startsAt.plus({ minutes: input.durationMinutes })
    const { handler, departmentId } = await this.assignment(input.handlerId, input.departmentId)

    const rescheduled =
      +startsAt !== +appointment.startsAt ||
      input.durationMinutes !== appointment.durationMinutes ||
      (handler?.id ?? null) !== appointment.handlerId

    const { kept, added, removed } = await db.transaction(async (trx) => {
      appointment.useTransaction(trx)
      if (handler) {
        await this.lockHandler(trx, handler)
        await this.refuseOverlap(trx, handler, startsAt, endsAt, appointment.id)
      }
      const invitees = await this.invitees(trx, input, handler, departmentId)
      const current = await AppointmentParticipant.query({ client: trx }).where('appointment_id', appointment.id)
      const key = (p: { role: string; clientId?: number | null; externalParticipantId?: number | null }) =>
        p.role === 'client' ? `c${p.clientId}` : `e${p.externalParticipantId}`
      const wanted = new Map(invitees.map((invitee) => [inviteeKey(invitee), invitee]))
      const removedRows = current.filter((participant) => !wanted.has(key(participant)))
      const keptRows = current.filter((participant) => wanted.has(key(participant)))
      for (const participant of keptRows) wanted.delete(key(participant))

      const dayChanged = toLocal(startsAt, this.zone).toISODate() !== toLocal(appointment.startsAt, this.zone).toISODate()
      appointment.merge({
        handlerId: handler?.id ?? null,
        departmentId,
        startsAt,
        endsAt,
        durationMinutes: input.durationMinutes,
        personalMessage: input.personalMessage?.trim() || null,
        sequence: appointment.sequence + (rescheduled || removedRows.length > 0 ? 1 : 0),
      })
      if (dayChanged && appointment.kind !== 'quick') {
        appointment.reminderDueAt = this.reminderDueAt(startsAt)
        appointment.reminderSentAt = null
      }
      await appointment.save()
      const addedRows = await this.addParticipants(trx, appointment, [...wanted.values()])
      return { kept: keptRows, added: addedRows, removed: removedRows }
    })

    /* the cancellation is composed before the removed invitees' rows (and links) go */
    await AppointmentMailer.notify(this.organization, appointment, removed, 'cancellation')
    if (removed.length > 0) {
      await AppointmentParticipant.query().whereIn('id', removed.map((participant) => participant.id)).delete()
    }
    if (rescheduled) await AppointmentMailer.notify(this.organization, appointment, kept, 'change')
    await AppointmentMailer.notify(this.organization, appointment, added, 'confirmation')

    await this.audit('appointment.updated', appointment, {
      startsAt: appointment.startsAt.toISO(),
      durationMinutes: appointment.durationMinutes,
      handlerId: appointment.handlerId,
      departmentId: appointment.departmentId,
      added: added.length,
      removed: removed.length,
    })
    return appointment
  }

  /**
   * Invite more people to an appointment that stands, e.g. while its
   * consultation runs (PRODUCT 4.4): each new invitee gets their own link and
   * the confirmation e-mail; whoever is invited already keeps their link and
   * gets no second e-mail. Answers every requested invitee, new or not.
   */
  async addInvitees(appointment: Appointment, input: AddInviteesInput): Promise<{ participant: AppointmentParticipant; added: boolean }[]> {
    if (appointment.status === 'cancelled') throw new BusinessRuleException('appointments.errors.cancelled')
    if (appointment.anonymizedAt) throw new BusinessRuleException('appointments.errors.anonymized')
    const key = (p: { role: string; clientId?: number | null; externalParticipantId?: number | null }) =>
      p.role === 'client' ? `c${p.clientId}` : `e${p.externalParticipantId}`
    const { added, requested } = await db.transaction(async (trx) => {
      const invitees = await this.invitees(trx, input, null, appointment.departmentId, { requireClient: false })
      if (input.newExternal) {
        invitees.push({ role: 'external', participant: await this.externalFor(trx, input.newExternal), groupId: null })
      }
      if (invitees.length === 0) throw new BusinessRuleException('waiting_room.add_participant.errors.nobody')
      const current = await AppointmentParticipant.query({ client: trx }).where('appointment_id', appointment.id)
      const existing = new Map(current.map((participant) => [key(participant), participant]))
      const fresh = invitees.filter((invitee) => !existing.has(inviteeKey(invitee)))
      const addedRows = await this.addParticipants(trx, appointment, fresh)
      const byKey = new Map([...existing, ...addedRows.map((row) => [key(row), row] as const)])
      const addedIds = new Set(addedRows.map((row) => row.id))
      return {
        added: addedRows,
        requested: invitees.map((invitee) => {
          const participant = byKey.get(inviteeKey(invitee))!
          return { participant, added: addedIds.has(participant.id) }
        }),
      }
    })
    await AppointmentMailer.notify(this.organization, appointment, added, 'confirmation')
    /* the same entry as a change of the invitees on the form (no names: patient data stays out of the log) */
    if (added.length > 0) {
      await this.audit('appointment.updated', appointment, { added: added.length, removed: 0 })
    }
    return requested
  }

  /**
   * A new person by name and e-mail: the external participant with the same
   * e-mail and last name when there is one (no duplicate per added guest),
   * else a new one.
   */
  private async externalFor(trx: TransactionClientContract, input: NewExternalInput): Promise<ExternalParticipant> {
    const email = input.email.trim().toLowerCase()
    const known = await ExternalParticipant.query({ client: trx })
      .where('email', email)
      .orderBy('id')
    const same = known.find((person) => person.lastName.toLowerCase() === input.lastName.trim().toLowerCase())
    if (same) return same
    let dateOfBirth = ''
    if (input.dateOfBirth) {
      const birth = DateTime.fromISO(input.dateOfBirth)
      if (!birth.isValid || birth > DateTime.utc() || birth.year < 1900) {
        throw new BusinessRuleException('appointments.errors.invalid_birth_date', 'newExternal.dateOfBirth')
      }
      dateOfBirth = birth.toISODate()!
    }
    const person = new ExternalParticipant().useTransaction(trx)
    person.merge({
      initials: input.initials.trim(),
      lastName: input.lastName.trim(),
      dateOfBirth,
      email,
      clientNumber: null,
      phone: null,
      locale: input.locale ?? null,
    })
    await person.save()
    return person
  }

  /** Cancel: every invitee is told; the links then say the appointment was cancelled */
  async cancel(appointment: Appointment): Promise<Appointment> {
    if (appointment.status === 'cancelled') return appointment
    if (appointment.anonymizedAt) throw new BusinessRuleException('appointments.errors.anonymized')
    appointment.merge({
      status: 'cancelled',
      cancelledAt: DateTime.utc(),
      sequence: appointment.sequence + 1,
      reminderDueAt: null,
    })
    await appointment.save()
    const participants = await AppointmentParticipant.query().where('appointment_id', appointment.id)
    await AppointmentMailer.notify(this.organization, appointment, participants, 'cancellation')
    await this.audit('appointment.cancelled', appointment, null)
    return appointment
  }

  /** UTC start from the organization's local date and time; refuses dates that do not exist */
  private startOf(date: string, time: string): DateTime {
    if (!DateTime.fromISO(date).isValid) throw new BusinessRuleException('appointments.errors.invalid_date', 'date')
    try {
      return fromLocal(date, time, this.zone)
    } catch (error) {
      if (error instanceof NonexistentLocalTimeError) {
        throw new BusinessRuleException('appointments.errors.nonexistent_time', 'time', { time })
      }
      throw error
    }
  }

  /**
   * Who holds the appointment: a handler (the acting handler themselves, or one
   * an admin may plan for) or, with strictly segregated departments, a whole
   * department. The department colours the agenda and decides visibility.
   */
  private async assignment(handlerId: number | undefined, departmentId: number | undefined) {
    const actor = { role: this.scope.role, id: this.scope.user?.id ?? null }
    let handler: User | null = null
    if (handlerId !== undefined) {
      handler = await User.query().where('id', handlerId).where('is_active', true).preload('departments').first()
      if (!handler) throw new BusinessRuleException('appointments.errors.handler_not_found', 'handlerId')
      if (actor.role === 'handler' && handler.id !== actor.id) {
        throw new BusinessRuleException('appointments.errors.handler_not_allowed', 'handlerId')
      }
      if (actor.role === 'dept_admin' && this.scope.strictDepartments) {
        const shared = handler.departments.some((department) => this.scope.departmentIds.includes(department.id))
        if (!shared) throw new BusinessRuleException('appointments.errors.handler_not_allowed', 'handlerId')
      }
    }

    if (departmentId !== undefined) {
      const department = await Department.find(departmentId)
      if (!department || !this.scope.canUseDepartment(department.id)) {
        throw new BusinessRuleException('appointments.errors.department_not_found', 'departmentId')
      }
      /* an appointment with a whole department exists only when departments are strictly segregated */
      if (!handler && !this.scope.strictDepartments) {
        throw new BusinessRuleException('appointments.errors.handler_required', 'handlerId')
      }
      if (handler && this.scope.strictDepartments && !handler.departments.some((d) => d.id === department.id)) {
        throw new BusinessRuleException('appointments.errors.handler_not_in_department', 'handlerId')
      }
      return { handler, departmentId: department.id }
    }

    if (!handler) {
      /* an appointment with a whole department exists only when departments are strictly segregated */
      if (actor.role === 'handler' && !this.scope.strictDepartments) {
        return { handler: await User.query().where('id', actor.id!).preload('departments').firstOrFail(), departmentId: this.scope.departmentIds[0] ?? null }
      }
      throw new BusinessRuleException(
        this.scope.strictDepartments ? 'appointments.errors.handler_or_department_required' : 'appointments.errors.handler_required',
        'handlerId'
      )
    }
    const ownDepartment = handler.departments.find((department) => this.scope.canUseDepartment(department.id))
    return { handler, departmentId: ownDepartment?.id ?? handler.departments[0]?.id ?? null }
  }

  /**
   * Bookings for one handler are made one at a time: the handler's row is
   * locked (PostgreSQL; SQLite runs one writer at a time anyway) so two
   * bookings racing for the same time cannot both pass the overlap check.
   */
  private async lockHandler(trx: TransactionClientContract, handler: User) {
    if (trx.dialect.name === 'postgres') {
      await trx.from('users').where('id', handler.id).forUpdate().select('id')
    }
  }

  /** A handler cannot hold two appointments at the same time unless the organization allows it */
  private async refuseOverlap(trx: TransactionClientContract, handler: User, startsAt: DateTime, endsAt: DateTime, exceptId?: number) {
    if (this.organization.advancedSettings.allow_overlapping_appointments === true) return
    const clash = await Appointment.query({ client: trx })
      .where('handler_id', handler.id)
      .where('status', 'scheduled')
      .where('starts_at', '<', dbTime(endsAt))
      .where('ends_at', '>', dbTime(startsAt))
      .if(exceptId, (query) => query.whereNot('id', exceptId!))
      .orderBy('starts_at')
      .first()
    if (clash) {
      const local = toLocal(clash.startsAt, this.zone)
      throw new BusinessRuleException('appointments.errors.overlap', 'time', {
        handler: handler.fullName,
        date: local.toISODate(),
        start: local.toFormat('HH:mm'),
        end: toLocal(clash.endsAt, this.zone).toFormat('HH:mm'),
      })
    }
  }

  /** Resolves the invitees the user may invite; a new client is created on the way */
  private async invitees(
    trx: TransactionClientContract,
    input: InviteesInput,
    handler: User | null,
    departmentId: number | null,
    options: { requireClient: boolean } = { requireClient: true }
  ): Promise<Invitee[]> {
    const result: Invitee[] = []
    const clientIds = input.clientIds ?? []
    if (clientIds.length > 0) {
      const clients = await this.scope.clients().useTransaction(trx).whereIn('clients.id', clientIds)
      if (clients.length !== clientIds.length) throw new BusinessRuleException('appointments.errors.client_not_found', 'clientIds')
      for (const client of clients) result.push({ role: 'client', client })
    }
    if (input.newClient) {
      result.push({ role: 'client', client: await this.createClient(trx, input.newClient, handler, departmentId) })
    }

    const externalIds = input.externalParticipantIds ?? []
    const seen = new Set<number>()
    if (externalIds.length > 0) {
      const externals = await ExternalParticipant.query({ client: trx }).whereIn('id', externalIds)
      if (externals.length !== externalIds.length) {
        throw new BusinessRuleException('appointments.errors.external_not_found', 'externalParticipantIds')
      }
      for (const participant of externals) {
        seen.add(participant.id)
        result.push({ role: 'external', participant, groupId: null })
      }
    }
    const groupIds = input.groupIds ?? []
    if (groupIds.length > 0) {
      const groups = await Group.query({ client: trx }).whereIn('id', groupIds)
      if (groups.length !== groupIds.length) throw new BusinessRuleException('appointments.errors.group_not_found', 'groupIds')
      /* every member of the chosen groups in one query; someone in two groups is invited once, through the first */
      const members = await ExternalParticipant.query({ client: trx })
        .whereHas('groups', (groupQuery) => groupQuery.whereIn('groups.id', groupIds))
        .preload('groups', (groupQuery) => groupQuery.whereIn('groups.id', groupIds))
        .orderBy('last_name')
      for (const group of groups) {
        for (const member of members) {
          if (seen.has(member.id) || !member.groups.some((memberGroup) => memberGroup.id === group.id)) continue
          seen.add(member.id)
          result.push({ role: 'external', participant: member, groupId: group.id })
        }
      }
    }

    if (options.requireClient && !result.some((invitee) => invitee.role === 'client')) {
      throw new BusinessRuleException('appointments.errors.client_required', 'clientIds')
    }
    return result
  }

  private async createClient(trx: TransactionClientContract, input: NewClientInput, handler: User | null, departmentId: number | null) {
    const birth = DateTime.fromISO(input.dateOfBirth)
    if (!birth.isValid || birth > DateTime.utc() || birth.year < 1900) {
      throw new BusinessRuleException('appointments.errors.invalid_birth_date', 'newClient.dateOfBirth')
    }
    if (input.clientNumber) {
      const taken = await Client.query({ client: trx }).where('client_number', input.clientNumber).first()
      if (taken) throw new BusinessRuleException('clients.errors.client_number_taken', 'newClient.clientNumber')
    }
    const client = new Client().useTransaction(trx)
    client.merge({
      initials: input.initials,
      lastName: input.lastName,
      dateOfBirth: birth.toISODate()!,
      email: input.email,
      clientNumber: input.clientNumber || null,
      phone: input.phone || null,
      locale: input.locale ?? null,
      departmentId,
    })
    await client.save()
    const handlerIds = [handler?.id, this.scope.user?.role === 'handler' ? this.scope.user.id : undefined].filter(
      (id): id is number => id !== undefined
    )
    if (handlerIds.length > 0) await client.related('handlers').attach([...new Set(handlerIds)], trx)
    return client
  }

  private async addParticipants(trx: TransactionClientContract, appointment: Appointment, invitees: Invitee[]) {
    const participants: AppointmentParticipant[] = []
    for (const invitee of invitees) {
      const participant = new AppointmentParticipant().useTransaction(trx)
      participant.merge({
        appointmentId: appointment.id,
        role: invitee.role,
        clientId: invitee.role === 'client' ? invitee.client.id : null,
        externalParticipantId: invitee.role === 'external' ? invitee.participant.id : null,
        groupId: invitee.role === 'external' ? invitee.groupId : null,
        emailStatus: 'pending',
      })
      AccessLinks.issue(participant)
      await participant.save()
      participants.push(participant)
    }
    return participants
  }

  /**
   * Reminders go out at 07:00 local time on the appointment's day; an
   * appointment planned on the day itself needs none (the confirmation has
   * just gone out).
   */
  reminderDueAt(startsAt: DateTime, now: DateTime = DateTime.utc()): DateTime | null {
    const local = toLocal(startsAt, this.zone)
    if (local.toISODate() === toLocal(now, this.zone).toISODate()) return null
    const due = local.set({ hour: REMINDER_LOCAL_HOUR, minute: 0, second: 0, millisecond: 0 })
    return (due < local ? due : local.minus({ hours: 1 })).toUTC()
  }

  /* only among what the user may see: a replayed key never leads to someone else's appointment */
  private async bySubmissionKey(key: string) {
    return this.scope.appointments().where('appointments.submission_key', key).first()
  }

  private async audit(action: string, appointment: Appointment, changes: Record<string, unknown> | null) {
    const local = toLocal(appointment.startsAt, this.zone)
    await AuditLogger.record(this.ctx, {
      action,
      subject: { type: 'appointment', id: appointment.id, label: local.toFormat('yyyy-MM-dd HH:mm') },
      changes,
    })
  }
}

function inviteeKey(invitee: Invitee) {
  return invitee.role === 'client' ? `c${invitee.client.id}` : `e${invitee.participant.id}`
}
