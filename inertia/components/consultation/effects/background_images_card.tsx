import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { Alert, Button, Card, FileInput, Group, Image, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconTrash, IconUpload } from '@tabler/icons-react'
import { useT } from '~/lib/i18n'
import { xsrfToken } from '~/lib/xsrf'
import { fetchBackgroundImages, type BackgroundImage, type BackgroundImageList } from './background_images'

async function errorMessage(response: Response, fallback: string) {
  try {
    const body = await response.json()
    const message = body?.errors?.[0]?.message
    return typeof message === 'string' ? message : fallback
  } catch {
    return fallback
  }
}

/**
 * Organization settings: the background images offered in the consultation
 * room (PRODUCT 4.4; the manual: "blur or an image set by the administrator").
 * Org admins only (the page is theirs).
 */
export function BackgroundImagesCard() {
  const t = useT()
  const [list, setList] = useState<BackgroundImageList | null>(null)
  const [loadFailed, setLoadFailed] = useState(false)
  const [file, setFile] = useState<File | null>(null)
  const [uploading, setUploading] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [removing, setRemoving] = useState<{ image: BackgroundImage; number: number } | null>(null)
  const [busyRemoving, setBusyRemoving] = useState(false)

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      setList(await fetchBackgroundImages(signal))
      setLoadFailed(false)
    } catch {
      if (!signal?.aborted) setLoadFailed(true)
    }
  }, [])

  useEffect(() => {
    const controller = new AbortController()
    void load(controller.signal)
    return () => controller.abort()
  }, [load])

  async function upload(event: FormEvent) {
    event.preventDefault()
    if (!file) return
    setUploading(true)
    setError(null)
    try {
      const body = new FormData()
      body.append('image', file)
      const response = await fetch('/organization/backgrounds', {
        method: 'POST',
        body,
        credentials: 'same-origin',
        headers: { 'Accept': 'application/json', 'X-XSRF-TOKEN': xsrfToken() },
      })
      if (response.status !== 201) {
        setError(await errorMessage(response, t('effects.admin.failed')))
        return
      }
      setFile(null)
      notifications.show({ color: 'green', message: t('effects.admin.uploaded') })
      await load()
    } catch {
      setError(t('effects.admin.failed'))
    } finally {
      setUploading(false)
    }
  }

  async function remove() {
    if (!removing) return
    setBusyRemoving(true)
    try {
      const response = await fetch(`/organization/backgrounds/${removing.image.id}`, {
        method: 'DELETE',
        credentials: 'same-origin',
        headers: { 'Accept': 'application/json', 'X-XSRF-TOKEN': xsrfToken() },
      })
      if (!response.ok) throw new Error(String(response.status))
      notifications.show({ color: 'green', message: t('effects.admin.removed') })
      setRemoving(null)
      await load()
    } catch {
      notifications.show({ color: 'red', message: t('effects.admin.failed') })
    } finally {
      setBusyRemoving(false)
    }
  }

  const full = list !== null && list.images.length >= list.max
  return (
    <Card withBorder component="section" aria-labelledby="backgrounds-title" data-testid="background-images">
      <Stack>
        <div>
          <Title order={2} size="h3" id="backgrounds-title">
            {t('effects.admin.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('effects.admin.description')}
          </Text>
        </div>
        {list && !list.allowed && (
          <Alert color="yellow" variant="light">
            {t('effects.admin.disabled')}
          </Alert>
        )}
        {loadFailed && (
          <Alert color="red" variant="light" role="alert">
            {t('effects.admin.load_failed')}
          </Alert>
        )}
        {list && list.images.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('effects.admin.empty')}
          </Text>
        )}
        {list && list.images.length > 0 && (
          <>
            <Text size="sm" c="dimmed">
              {t('effects.admin.count', { count: list.images.length, max: list.max })}
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {list.images.map((image, index) => (
                <Stack key={image.id} gap={4} component="li">
                  <Image
                    src={image.url}
                    alt={t('effects.admin.image_alt', { number: index + 1 })}
                    radius="sm"
                    fit="cover"
                    style={{ aspectRatio: '16 / 9' }}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    aria-label={t('effects.admin.remove_label', { number: index + 1 })}
                    onClick={() => setRemoving({ image, number: index + 1 })}
                  >
                    {t('effects.admin.remove')}
                  </Button>
                </Stack>
              ))}
            </SimpleGrid>
          </>
        )}
        {!full && (
          <form onSubmit={upload} noValidate>
            <Group align="flex-end" wrap="wrap">
              <FileInput
                style={{ flex: 1, minWidth: 240 }}
                label={t('effects.admin.upload_label')}
                description={t('effects.admin.hint')}
                placeholder={t('effects.admin.choose')}
                accept="image/png,image/jpeg,image/webp,image/gif"
                name="image"
                clearable
                leftSection={<IconUpload size={16} aria-hidden />}
                value={file}
                onChange={(next) => {
                  setFile(next)
                  setError(null)
                }}
                error={error}
              />
              <Button type="submit" loading={uploading} disabled={!file}>
                {t('effects.admin.upload')}
              </Button>
            </Group>
          </form>
        )}
      </Stack>
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t('effects.admin.remove_title')}>
        <Stack>
          {removing && <Image src={removing.image.url} alt={t('effects.admin.image_alt', { number: removing.number })} radius="sm" />}
          <Text>{t('effects.admin.remove_text')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('effects.admin.cancel')}
            </Button>
            <Button color="red" loading={busyRemoving} onClick={remove}>
              {t('effects.admin.remove_confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  )
}
