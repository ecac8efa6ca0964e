import { indexPages } from '@adonisjs/inertia'
import { indexEntities } from '@adonisjs/core'
import { indexPolicies } from '@adonisjs/bouncer'
import { defineConfig } from '@adonisjs/core/app'
import { generateRegistry } from '@tuyau/core/hooks'

const suite = (name: string, timeout: number) => ({
  name,
  timeout,
  files: [`tests/${name}/**/*.spec.ts`, `modules/*/tests/${name}/**/*.spec.ts`],
})

export default defineConfig({
  experimental: {},

  commands: [
    () => import('@adonisjs/core/commands'),
    () => import('@adonisjs/lucid/commands'),
    () => import('@adonisjs/queue/commands'),
  ],

  providers: [
    () => import('@adonisjs/core/providers/app_provider'),
    () => import('@adonisjs/core/providers/hash_provider'),
    {
      file: () => import('@adonisjs/core/providers/repl_provider'),
      environment: ['repl', 'test'],
    },
    () => import('@adonisjs/core/providers/vinejs_provider'),
    () => import('@adonisjs/core/providers/edge_provider'),
    () => import('@adonisjs/session/session_provider'),
    () => import('@adonisjs/vite/vite_provider'),
    () => import('@adonisjs/shield/shield_provider'),
    () => import('@adonisjs/static/static_provider'),
    () => import('@adonisjs/lucid/database_provider'),
    () => import('@adonisjs/cors/cors_provider'),
    () => import('@adonisjs/inertia/inertia_provider'),
    () => import('@adonisjs/auth/auth_provider'),
    () => import('@adonisjs/bouncer/bouncer_provider'),
    () => import('@adonisjs/i18n/i18n_provider'),
    () => import('@adonisjs/limiter/limiter_provider'),
    () => import('@adonisjs/redis/redis_provider'),
    () => import('@adonisjs/queue/queue_provider'),
    () => import('@adonisjs/mail/mail_provider'),
    () => import('@adonisjs/drive/drive_provider'),
    () => import('@adonisjs/transmit/transmit_provider'),
    () => import('#providers/app_provider'),
    /*
     * Feature modules register themselves (manifest, routes, jobs) through their
     * own provider. Whether a module is on for an organization is runtime state
     * (organization_modules), not configuration.
     */
    () => import('#modules/agenda/agenda_provider'),
    () => import('#modules/consultation/consultation_provider'),
    () => import('#modules/chat/chat_provider'),
    () => import('#modules/questionnaires/questionnaires_provider'),
    () => import('#modules/websites/websites_provider'),
    () => import('#modules/payments/payments_provider'),
    () => import('#modules/captions/captions_provider'),
    () => import('#modules/sms/sms_provider'),
    () => import('#modules/widgets/widgets_provider'),
  ],

  preloads: [
    () => import('#start/routes'),
    () => import('#start/kernel'),
    () => import('#start/scheduler'),
    () => import('#start/transmit'),
  ],

  tests: {
    suites: [suite('unit', 5000), suite('functional', 30000), suite('browser', 120000)],
    forceExit: true,
  },

  metaFiles: [
    { pattern: 'resources/views/**/*.edge', reloadServer: false },
    { pattern: 'resources/lang/**/*.json', reloadServer: false },
    { pattern: 'public/**', reloadServer: false },
  ],

  hooks: {
    init: [
      indexEntities({ transformers: { enabled: true, withSharedProps: true } }),
      /* inertia 4.2's hook type predates assembler 8.5's CodeGen parent; it runs fine */
      indexPages({ framework: 'react' }) as any,
      indexPolicies(),
      generateRegistry(),
    ],
    buildStarting: [() => import('@adonisjs/vite/build_hook')],
  },
})
