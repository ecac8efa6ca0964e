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

/**
 * The videos. Without an enlarged one, a grid that adapts to the number of
 * participants; on a phone the own picture sits small in a corner. With an
 * enlarged one, it takes the space and the others line up in a strip below.
 */
export function VideoStage({ tiles, focus, onFocus, phone, ...tileProps }: StageProps) {
  const focused = focus ? tiles.find((tile) => tile.key === focus) : undefined
  const render = (tile: TileModel, compact = false) => (
    <VideoTile
      key={tile.key}
      tile={tile}
      enlarged={tile === focused}
      compact={compact}
      onToggleEnlarge={() => onFocus(tile === focused ? null : tile.key)}
      {...tileProps}
    />
  )

  if (focused) {
    const others = tiles.filter((tile) => tile !== focused)
    return (
      <Box data-testid="room-stage" data-layout="focus" h="100%" style={{ display: 'flex', flexDirection: 'column', gap: 8, minHeight: 0 }}>
        <Box style={{ flex: 1, minHeight: 0 }}>{render(focused)}</Box>
        {others.length > 0 && (
          <Box
            style={{ display: 'flex', gap: 8, overflowX: 'auto', flex: '0 0 auto', height: phone ? 84 : 112 }}
            data-testid="room-strip"
          >
            {others.map((tile) => (
              <Box key={tile.key} style={{ flex: `0 0 ${phone ? 112 : 180}px`, height: '100%' }}>
                {render(tile, true)}
              </Box>
            ))}
          </Box>
        )}
      </Box>
    )
  }

  const self = tiles.find((tile) => tile.self && tile.kind === 'camera')
  const cornered = phone && self && tiles.length > 1
  const inGrid = cornered ? tiles.filter((tile) => tile !== self) : tiles
  const { columns, rows } = gridShape(inGrid.length, phone)
  return (
    <Box data-testid="room-stage" data-layout="grid" data-columns={columns} pos="relative" h="100%" style={{ minHeight: 0 }}>
      <Box
        h="100%"
        style={{
          display: 'grid',
          gap: 8,
          gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${rows}, minmax(0, 1fr))`,
        }}
      >
        {inGrid.map((tile) => render(tile))}
      </Box>
      {cornered && self && (
        <Box pos="absolute" right={8} bottom={8} w={96} h={128} style={{ zIndex: 2, boxShadow: '0 2px 8px rgba(0,0,0,0.5)', borderRadius: 8 }}>
          {render(self, true)}
        </Box>
      )}
    </Box>
  )
}
