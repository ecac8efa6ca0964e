import vine from '@vinejs/vine'
import { IMAGE_EXTENSIONS } from '#services/image_service'

/** A background image upload: a photo, re-encoded on arrival (BackgroundImages.add) */
export const backgroundImageValidator = vine.create({
  image: vine.file({ size: '10mb', extnames: IMAGE_EXTENSIONS }),
})
