export type BackgroundImage = { id: number; url: string; width: number; height: number }
/** GET /organization/backgrounds: `allowed` is the organization's "background effects" setting */
export type BackgroundImageList = { images: BackgroundImage[]; allowed: boolean; max: number }

/** The organization's background images (any logged-in employee; patients get none) */
export async function fetchBackgroundImages(signal?: AbortSignal): Promise<BackgroundImageList> {
  const response = await fetch('/organization/backgrounds', { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`background images: ${response.status}`)
  return response.json()
}
