/**
 * What the agenda screens receive from AppointmentsController (the server's
 * AppointmentView, modules/agenda/presenters/appointment_presenter.ts). Type
 * aliases, not interfaces: Inertia checks page props against JSON types.
 */
export type ParticipantView = {
  id: number
  role: 'client' | 'external'
  personId: number | null
  name: string | null
  email: string | null
  groupId: number | null
  groupName: string | null
  emailStatus: string
  emailError: string | null
}

export type DepartmentRef = { id: number; name: string; color: string }

export type AppointmentView = {
  id: number
  kind: string
  status: string
  /** the organization's local date (YYYY-MM-DD) and times (HH:mm): shown as they are */
  date: string
  time: string
  endTime: string
  startsAt: string
  durationMinutes: number
  handler: { id: number; name: string } | null
  department: DepartmentRef | null
  participants: ParticipantView[]
  access: string
  anonymized: boolean
}

export type HandlerChoice = { id: number; name: string; departmentIds: number[] }
export type GroupChoice = { id: number; name: string }


/** A client or external participant as the pickers show it */
export type PersonOption = {
  id: number
  displayName: string
  email: string | null
  dateOfBirth?: string | null
  clientNumber?: string | null
}
