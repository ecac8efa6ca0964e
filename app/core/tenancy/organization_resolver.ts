import db from '@adonisjs/lucid/services/db'
import Organization from '#models/organization'

type Entry = { row: Record<string, unknown> | null; expires: number }

/**
 * Finds the organization of a subdomain on every request. The database row
 * is remembered for a few seconds (a fresh model instance is still built per
 * request, so no request sees another's unsaved changes); saving an
 * organization forgets it at once on this instance, other instances catch up
 * within the TTL.
 */
class OrganizationResolver {
  static TTL_MS = 5_000
  #rows = new Map<string, Entry>()

  async bySlug(slug: string): Promise<Organization | null> {
    const cached = this.#rows.get(slug)
    const row =
      cached && cached.expires > Date.now()
        ? cached.row
        : await this.#load(slug)
    return row ? Organization.$createFromAdapterResult({ ...row }) : null
  }

  forget(slug?: string) {
    if (slug) this.#rows.delete(slug)
    else this.#rows.clear()
  }

  async #load(slug: string) {
    const row = (await db.from(Organization.table).where('slug', slug).first()) ?? null
    this.#rows.set(slug, { row, expires: Date.now() + OrganizationResolver.TTL_MS })
    return row
  }
}

const organizationResolver = new OrganizationResolver()
export default organizationResolver
