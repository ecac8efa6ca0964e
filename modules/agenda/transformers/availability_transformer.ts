import { BaseTransformer } from '@adonisjs/core/transformers'
import type Availability from '#modules/agenda/models/availability'
import type AvailabilityException from '#modules/agenda/models/availability_exception'
import { slotsPerPeriod } from '#modules/agenda/services/slot_generator'

/** A period as the availability page shows and edits it */
export default class AvailabilityTransformer extends BaseTransformer<Availability> {
  toObject() {
    const period = this.resource
    return {
      ...this.pick(period, ['id', 'recurrence', 'purpose', 'startTime', 'endTime', 'slotMinutes', 'gapMinutes']),
      date: period.date ?? null,
      untilDate: period.untilDate ?? null,
      weekday: period.weekday ?? null,
      slotCount: slotsPerPeriod(period.startTime, period.endTime, period.slotMinutes, period.gapMinutes),
    }
  }
}

/** A day or period off */
export class AvailabilityExceptionTransformer extends BaseTransformer<AvailabilityException> {
  toObject() {
    const exception = this.resource
    return {
      ...this.pick(exception, ['id', 'date']),
      startTime: exception.startTime ?? null,
      endTime: exception.endTime ?? null,
      reason: exception.reason ?? null,
    }
  }
}
