import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/lucid'
import { join } from 'node:path'
import { mkdirSync } from 'node:fs'
import { dataDir } from '#config/paths'
import { migrationPaths } from '#core/modules/migration_paths'

const sqliteFile =
  env.get('SQLITE_FILE') ?? join(dataDir, app.inTest ? 'test.sqlite3' : 'consult.sqlite3')
mkdirSync(dataDir, { recursive: true })

const migrations = { naturalSort: true, paths: migrationPaths }
/* Schema classes are generated from the development database only */
const schemaGeneration = {
  enabled: app.inDev && !app.inTest,
  excludeTables: ['queue_jobs', 'queue_schedules', 'rate_limits'],
  rulesPaths: ['./database/schema_rules.js'],
}

const dbConfig = defineConfig({
  connection: env.get('DB_CONNECTION', 'sqlite'),
  connections: {
    sqlite: {
      client: 'sqlite3',
      connection: { filename: sqliteFile },
      useNullAsDefault: true,
      pool: {
        afterCreate: (conn: any, done: any) => {
          conn.run('PRAGMA foreign_keys = ON', () =>
            conn.run('PRAGMA journal_mode = WAL', () => conn.run('PRAGMA busy_timeout = 5000', done))
          )
        },
      },
      migrations,
      schemaGeneration,
    },
    pg: {
      client: 'pg',
      connection: {
        host: env.get('DB_HOST', '127.0.0.1'),
        port: env.get('DB_PORT', 5432),
        user: env.get('DB_USER', 'postgres'),
        password: env.get('DB_PASSWORD', ''),
        database: env.get('DB_DATABASE', 'consult'),
      },
      migrations,
      schemaGeneration,
    },
  },
})

export default dbConfig
