import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { isAbsolute } from 'node:path'

/**
 * Where the embedded deployment keeps its SQLite file, uploads and dev outbox.
 * Outside build/ on purpose: every production build wipes build/.
 */
const configured = env.get('DATA_DIR')
export const dataDir = configured
  ? isAbsolute(configured)
    ? configured
    : app.makePath(configured)
  : app.makePath(app.inProduction ? '../data' : 'data')
