import type { CSSProperties } from 'react'
import { Box } from '@mantine/core'
import { VideoTile, type TileModel, type TileProps } from './video_tile'

type StageProps = Omit<TileProps, 'tile' | 'enlarged' | 'compact' | 'onToggleEnlarge'> & {
  tiles: TileModel[]
  focus: string | null
  onFocus: (key: string | null) => void
  phone: boolean
}

/** Columns × rows for n tiles: 1, 2 side by side, 2×2 up to four, 3×2 up to six (phones: one or two columns) */
export function gridShape(count: number, phone: boolean): { columns: number; rows: number } {
  const columns = phone ? (count <= 2 ? 1 : 2) : count <= 1 ? 1 : count <= 4 ? 2 : 3
  return { columns, rows: Math.max(1, Math.ceil(count / columns)) }
}

const CORNER: CSSProperties = {
  position: 'absolute',
  right: 8,
  bottom: 8,
  width: 96,
  height: 128,
  zIndex: 2,
  boxShadow: '0 2px 8px rgba(0, 0, 0, 0.5)',
  borderRadius: 8,
}

/**
 * The videos. Without an enlarged one, a grid that adapts to the number of
 * participants; on a phone the own picture sits small in a corner. With an
 * enlarged one, it takes the space and the others line up in a strip below.
 * Every tile stays the same element whatever the layout (CSS places it), so
 * a video never restarts and the keyboard focus stays where it was.
 */
export function VideoStage({ tiles, focus, onFocus, phone, ...tileProps }: StageProps) {
  const focused = focus ? tiles.find((tile) => tile.key === focus) : undefined
  const self = tiles.find((tile) => tile.self && tile.kind === 'camera')
  const cornered = !focused && phone && self && tiles.length > 1 ? self : undefined

  let container: CSSProperties
  const place = new Map<string, CSSProperties>()
  let layout: 'focus' | 'grid'
  let columns: number
  if (focused) {
    layout = 'focus'
    const others = tiles.filter((tile) => tile !== focused)
    columns = Math.max(others.length, phone ? 3 : 5)
    container = {
      gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
      gridTemplateRows: others.length ? `minmax(0, 1fr) ${phone ? 84 : 112}px` : 'minmax(0, 1fr)',
    }
    place.set(focused.key, { gridColumn: '1 / -1', gridRow: '1' })
    others.forEach((tile, index) => place.set(tile.key, { gridRow: '2', gridColumn: String(index + 1) }))
  } else {
    layout = 'grid'
    const inGrid = tiles.filter((tile) => tile !== cornered)
    const shape = gridShape(inGrid.length, phone)
    columns = shape.columns
    container = {
      gridTemplateColumns: `repeat(${shape.columns}, minmax(0, 1fr))`,
      gridTemplateRows: `repeat(${shape.rows}, minmax(0, 1fr))`,
    }
    if (cornered) place.set(cornered.key, CORNER)
  }

  return (
    <Box
      data-testid="room-stage"
      data-layout={layout}
      data-columns={columns}
      pos="relative"
      h="100%"
      style={{ display: 'grid', gap: 8, minHeight: 0, ...container }}
    >
      {tiles.map((tile) => {
        const compact = (focused !== undefined && tile !== focused) || tile === cornered
        return (
          <Box key={tile.key} style={{ minWidth: 0, minHeight: 0, ...place.get(tile.key) }}>
            <VideoTile
              tile={tile}
              enlarged={tile === focused}
              compact={compact}
              onToggleEnlarge={() => onFocus(tile === focused ? null : tile.key)}
              {...tileProps}
            />
          </Box>
        )
      })}
    </Box>
  )
}
