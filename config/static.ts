import { defineConfig } from '@adonisjs/static'

/**
 * Configuration options to tweak the static files middleware.
 * The complete set of options are documented on the
 * official documentation website.
 *
 * https://docs.adonisjs.com/guides/static-assets
 */
const staticServerConfig = defineConfig({
  enabled: true,
  etag: true,
  lastModified: true,
  dotFiles: 'ignore',
  /*
   * Vite's build output (public/assets) has a content hash in every file
   * name, so browsers may keep it: the background effects' 5.6 MB model
   * runtime (wasm) is then loaded once, not for every consultation.
   */
  headers: (path) =>
    /[\\/]public[\\/]assets[\\/]/.test(path) ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {},
})

export default staticServerConfig
