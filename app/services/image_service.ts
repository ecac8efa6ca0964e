import sharp, { type ResizeOptions } from 'sharp'
import { readFile } from 'node:fs/promises'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import BusinessRuleException from '#exceptions/business_rule_exception'

export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'gif']

/**
 * Uploaded images are decoded and re-encoded as PNG: whatever the file
 * claimed to be, only real pixels are stored (no scripts, no metadata).
 */
export default class ImageService {
  /** Scales down to fit inside width x height (never enlarges), e.g. a logo */
  static fitInside(file: MultipartFile, width: number, height: number, field: string) {
    return this.reencode(file, { width, height, fit: 'inside', withoutEnlargement: true }, field)
  }

  /** Square crop, e.g. a profile photo */
  static square(file: MultipartFile, size: number, field: string) {
    return this.reencode(file, { width: size, height: size, fit: 'cover' }, field)
  }

  private static async reencode(file: MultipartFile, resize: ResizeOptions, field: string) {
    try {
      const input = await readFile(file.tmpPath!)
      return await sharp(input, { limitInputPixels: 40_000_000 }).rotate().resize(resize).png().toBuffer()
    } catch {
      throw new BusinessRuleException('errors.image_unreadable', field)
    }
  }
}
