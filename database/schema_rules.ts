import type { SchemaRules } from '@adonisjs/lucid/types/schema_generator'

const json = (tsType: string) => ({
  decorator: '@column(jsonColumn)',
  tsType,
  imports: [{ source: '#core/database/json_column', namedImports: ['jsonColumn'] }],
})

const encrypted = {
  decorator: '@column(encryptedColumn)',
  tsType: 'string | null',
  imports: [{ source: '#core/database/encrypted_column', namedImports: ['encryptedColumn'] }],
}

const typed = (tsType: string, source: string) => ({
  decorator: '@column()',
  tsType,
  imports: [{ source, typeImports: [tsType] }],
})

export default {
  types: {
    boolean: {
      decorator: '@column(booleanColumn)',
      tsType: 'boolean',
      imports: [{ source: '#core/database/boolean_column', namedImports: ['booleanColumn'] }],
    },
  },
  tables: {
    organizations: { columns: { settings: json('Record<string, any>') } },
    organization_modules: { columns: { settings: json('Record<string, any>') } },
    appointments: {
      columns: {
        personal_message: encrypted,
        kind: typed('AppointmentKind', '#modules/agenda/types'),
        status: typed('AppointmentStatus', '#modules/agenda/types'),
      },
    },
    appointment_participants: {
      columns: {
        token_encrypted: encrypted,
        role: typed('ParticipantRole', '#modules/agenda/types'),
        email_status: typed('EmailStatus', '#modules/agenda/types'),
      },
    },
    availabilities: {
      columns: {
        recurrence: typed('Recurrence', '#modules/agenda/types'),
        purpose: typed('AvailabilityPurpose', '#modules/agenda/types'),
      },
    },
    email_templates: { columns: { kind: typed('EmailKind', '#modules/agenda/types') } },
    waiting_room_texts: { columns: { kind: typed('WaitingRoomTextKind', '#modules/agenda/types') } },
    audit_logs: { columns: { changes: json('Record<string, any> | null') } },
    consultation_messages: { columns: { sender_name: encrypted, body: { ...encrypted, tsType: 'string' } } },
    consultation_files: { columns: { sender_name: encrypted, name: { ...encrypted, tsType: 'string' } } },
    users: {
      columns: {
        role: {
          decorator: '@column()',
          tsType: 'Role',
          imports: [{ source: '#core/roles', typeImports: ['Role'] }],
        },
        password: { decorator: '@column({ serializeAs: null })', tsType: 'string | null' },
      },
    },
  },
} satisfies SchemaRules
