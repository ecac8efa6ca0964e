import { randomBytes } from 'node:crypto'
import { sha256 } from '#core/security/digest'
import { DateTime } from 'luxon'
import drive from '@adonisjs/drive/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import type Organization from '#models/organization'
import AuditLogger from '#services/audit_logger'
import ImageService from '#services/image_service'
import BusinessRuleException from '#exceptions/business_rule_exception'
import { ADVANCED_SETTINGS } from '#core/settings/advanced_settings'
import { resolveSettings, type SettingValues } from '#core/settings/setting_definition'

export const LOGO_BOX = { width: 180, height: 50 }
const API_KEY_PREFIX = 'ck_'

export type OrganizationDetails = {
  name: string
  contactEmail?: string | null
  contactPhone?: string | null
  address?: string | null
  website?: string | null
  addressFormNl?: string | null
  addressFormEn?: string | null
  addressFormDe?: string | null
  timezone: string
  defaultLocale: string
}

/** The organization's own settings: details, logo, API key and advanced toggles */
export default class OrganizationSettingsService {
  constructor(
    private ctx: HttpContext,
    private organization: Organization
  ) {}

  async updateDetails(details: OrganizationDetails) {
    this.organization.merge(details)
    const changed = this.organization.$dirty
    await this.organization.save()
    if (Object.keys(changed).length > 0) {
      await AuditLogger.record(this.ctx, {
        action: 'organization.updated',
        subject: { type: 'organization', id: this.organization.id, label: this.organization.name },
        changes: changed,
      })
    }
  }

  async updateAdvanced(values: SettingValues) {
    const before = this.organization.advancedSettings
    const next = resolveSettings(ADVANCED_SETTINGS, { ...before, ...values })
    for (const setting of ADVANCED_SETTINGS.flatMap((group) => group.settings)) {
      const needsValue = setting.type !== 'boolean'
      const empty = next[setting.key] === null || next[setting.key] === ''
      if (needsValue && setting.requires && next[setting.requires] === true && empty) {
        throw new BusinessRuleException('advanced.errors.required_when_on', `settings.${setting.key}`)
      }
    }
    const changes = Object.fromEntries(
      Object.entries(next).filter(([key, value]) => before[key] !== value)
    )
    this.organization.settings = next
    await this.organization.save()
    if (Object.keys(changes).length > 0) {
      await AuditLogger.record(this.ctx, {
        action: 'organization.advanced_settings_updated',
        subject: { type: 'organization', id: this.organization.id, label: this.organization.name },
        changes,
      })
    }
  }

  /** Stores the logo scaled down to fit 180x50 */
  async replaceLogo(file: MultipartFile) {
    const png = await ImageService.fitInside(file, LOGO_BOX.width, LOGO_BOX.height, 'logo')
    const key = `organizations/${this.organization.id}/logo-${Date.now()}.png`
    await drive.use().put(key, png)
    const previous = this.organization.logoPath
    this.organization.logoPath = key
    await this.organization.save()
    if (previous) await drive.use().delete(previous)
    await AuditLogger.record(this.ctx, {
      action: 'organization.logo_replaced',
      subject: { type: 'organization', id: this.organization.id, label: this.organization.name },
    })
  }

  async removeLogo() {
    if (!this.organization.logoPath) return
    await drive.use().delete(this.organization.logoPath)
    this.organization.logoPath = null
    await this.organization.save()
    await AuditLogger.record(this.ctx, {
      action: 'organization.logo_removed',
      subject: { type: 'organization', id: this.organization.id, label: this.organization.name },
    })
  }

  /**
   * Generates a new API key and returns it once; only its hash is kept, so a
   * lost key cannot be shown again, only rotated.
   */
  async rotateApiKey(): Promise<string> {
    const secret = randomBytes(24).toString('base64url')
    const prefix = `${API_KEY_PREFIX}${secret.slice(0, 6)}`
    const key = `${prefix}${secret.slice(6)}`
    this.organization.merge({
      apiKeyPrefix: prefix,
      apiKeyHash: OrganizationSettingsService.hashApiKey(key),
      apiKeyCreatedAt: DateTime.now(),
    })
    await this.organization.save()
    await AuditLogger.record(this.ctx, {
      action: 'organization.api_key_rotated',
      subject: { type: 'organization', id: this.organization.id, label: this.organization.name },
      changes: { prefix },
    })
    return key
  }

  async revokeApiKey() {
    this.organization.merge({ apiKeyPrefix: null, apiKeyHash: null, apiKeyCreatedAt: null })
    await this.organization.save()
    await AuditLogger.record(this.ctx, {
      action: 'organization.api_key_revoked',
      subject: { type: 'organization', id: this.organization.id, label: this.organization.name },
    })
  }

  static hashApiKey(key: string) {
    return sha256(key)
  }
}
