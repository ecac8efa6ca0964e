import type { SchemaRules } from '@adonisjs/lucid/types/schema_generator'

const json = (tsType: string) => ({
  decorator: '@column(jsonColumn)',
  tsType,
  imports: [{ source: '#core/database/json_column', namedImports: ['jsonColumn'] }],
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
    audit_logs: { columns: { changes: json('Record<string, any> | null') } },
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
