import '@fontsource/inter/400.css'
import '@fontsource/inter/600.css'
import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import './css/app.css'
import type { ReactElement } from 'react'
import { createRoot } from 'react-dom/client'
import { createInertiaApp } from '@inertiajs/react'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { theme } from '~/lib/theme'
import { loadMessages } from '~/lib/i18n'
import AppLayout from '~/layouts/app_layout'
import PublicLayout from '~/layouts/public_layout'

/** Pages outside the staff dashboard (login, platform, errors) use the calm public layout */
const PUBLIC_PAGES = /^(auth|errors|platform|dev|visit)\/|^consultation\/device_test$/

createInertiaApp({
  title: (title) => title,
  resolve: (name) =>
    resolvePageComponent(`./pages/${name}.tsx`, import.meta.glob('./pages/**/*.tsx'), (page: ReactElement) =>
      PUBLIC_PAGES.test(name) ? <PublicLayout>{page}</PublicLayout> : <AppLayout>{page}</AppLayout>
    ),
  async setup({ el, App, props }) {
    const locale = String((props.initialPage.props as { locale?: string }).locale ?? 'en')
    await Promise.all([loadMessages('en'), loadMessages(locale)])
    createRoot(el).render(
      <MantineProvider theme={theme}>
        <Notifications position="top-right" />
        <App {...props} />
      </MantineProvider>
    )
  },
  progress: { color: '#1c7ed6' },
})
