import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/shield'

const shieldConfig = defineConfig({
  csp: {
    /* Vite's dev server injects inline scripts and a websocket; enforce the policy in production */
    enabled: app.inProduction,
    directives: {
      defaultSrc: [`'self'`],
      /*
       * 'wasm-unsafe-eval' lets pages compile WebAssembly (and nothing else: no
       * eval, no inline scripts): the background effects run their segmentation
       * model as wasm, served from our own /assets (see inertia/components/consultation/effects).
       */
      scriptSrc: [`'self'`, '@nonce', `'wasm-unsafe-eval'`],
      styleSrc: [`'self'`, `'unsafe-inline'`],
      imgSrc: [`'self'`, 'data:', 'blob:'],
      fontSrc: [`'self'`, 'data:'],
      connectSrc: [`'self'`],
      mediaSrc: [`'self'`, 'blob:'],
      frameAncestors: [`'none'`],
      objectSrc: [`'none'`],
      baseUri: [`'self'`],
      formAction: [`'self'`],
    },
    reportOnly: false,
  },
  csrf: {
    enabled: true,
    exceptRoutes: (ctx) => ctx.request.url().startsWith('/api/'),
    enableXsrfCookie: true,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },
  xFrame: {
    enabled: true,
    action: 'DENY',
  },
  hsts: {
    enabled: true,
    maxAge: '180 days',
  },
  contentTypeSniffing: {
    enabled: true,
  },
})

export default shieldConfig
