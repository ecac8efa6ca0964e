import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import sharp, { type OutputInfo } from 'sharp'
import drive from '@adonisjs/drive/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import type Organization from '#models/organization'
import AuditLogger from '#services/audit_logger'
import BusinessRuleException from '#exceptions/business_rule_exception'
import ConsultationBackground from '#modules/consultation/models/consultation_background'

/** How many images an organization offers at most (a choice, not a gallery) */
export const MAX_BACKGROUNDS = 12
/* stored at most Full HD (the room composes at most 1280x720), at least what a small camera picture needs */
const LARGEST = { width: 1920, height: 1080 }
const SMALLEST = { width: 320, height: 180 }

/**
 * The organization's background images for the consultation room (PRODUCT
 * 4.4). Like the logo, an upload is decoded and re-encoded (here as JPEG: a
 * photo), so only real pixels are stored: no scripts, no metadata (a
 * photo's location, say).
 */
export default class BackgroundImages {
  constructor(
    private ctx: HttpContext,
    private organization: Organization
  ) {}

  static list() {
    return ConsultationBackground.query().orderBy('id')
  }

  /** The addresses the room's background picker offers (call inside the organization's scope) */
  static async urls(): Promise<string[]> {
    return (await this.list()).map((background) => background.url)
  }

  async add(file: MultipartFile) {
    const [counted] = await ConsultationBackground.query().count('* as total')
    if (Number(counted.$extras.total) >= MAX_BACKGROUNDS) {
      throw new BusinessRuleException('effects.admin.too_many', 'image', { max: MAX_BACKGROUNDS })
    }
    const { data, info } = await this.reencode(file)
    const storageKey = `organizations/${this.organization.id}/backgrounds/${randomUUID()}.jpg`
    await drive.use().put(storageKey, data)
    const background = await ConsultationBackground.create({ storageKey, width: info.width, height: info.height })
    await AuditLogger.record(this.ctx, {
      action: 'organization.background_added',
      subject: { type: 'consultation_background', id: background.id },
    })
    return background
  }

  async remove(background: ConsultationBackground) {
    await background.delete()
    await drive.use().delete(background.storageKey)
    await AuditLogger.record(this.ctx, {
      action: 'organization.background_removed',
      subject: { type: 'consultation_background', id: background.id },
    })
  }

  private async reencode(file: MultipartFile) {
    let result: { data: Buffer; info: OutputInfo }
    try {
      const input = await readFile(file.tmpPath!)
      result = await sharp(input, { limitInputPixels: 40_000_000 })
        .rotate()
        .resize({ ...LARGEST, fit: 'inside', withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 85 })
        .toBuffer({ resolveWithObject: true })
    } catch {
      throw new BusinessRuleException('errors.image_unreadable', 'image')
    }
    if (result.info.width < SMALLEST.width || result.info.height < SMALLEST.height) {
      throw new BusinessRuleException('effects.admin.too_small', 'image', SMALLEST)
    }
    return result
  }
}
