import { existsSync, readdirSync } from 'node:fs'
import app from '@adonisjs/core/services/app'

/**
 * Core migrations first, then each feature module's own folder
 * (modules/<name>/database/migrations), in alphabetical module order.
 */
function moduleMigrationPaths(): string[] {
  const root = app.makePath('modules')
  if (!existsSync(root)) return []
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `modules/${entry.name}/database/migrations`)
    .filter((path) => existsSync(app.makePath(path)))
    .sort()
}

export const migrationPaths = ['database/migrations', ...moduleMigrationPaths()]
