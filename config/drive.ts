import { join } from 'node:path'
import { defineConfig, services } from '@adonisjs/drive'
import { dataDir } from '#config/paths'

/* Uploads are private: the app serves them through authorized routes, never directly */
const driveConfig = defineConfig({
  default: 'fs',
  services: {
    fs: services.fs({
      location: join(dataDir, 'uploads'),
      serveFiles: false,
      visibility: 'private',
    }),
  },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}
