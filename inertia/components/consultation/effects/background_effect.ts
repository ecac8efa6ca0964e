/*
 * Background blur / replacement for the published camera (PRODUCT 4.4).
 *
 * The person mask comes from MediaPipe's selfie-segmentation model (see
 * segmenter.ts), run on a small copy of each frame (256 px wide); the picture
 * itself is composed at the camera's size (at most 1280x720) with canvas 2D:
 * the background is blurred at a quarter of the size (cheap, and a blur
 * hides as much) or replaced by an image, and the person is drawn on top
 * through the mask.
 *
 * Two pipelines, the same composition:
 * - breakout box (Chromium): MediaStreamTrackProcessor gives the camera's
 *   frames, MediaStreamTrackGenerator publishes the result; it keeps running
 *   in a background tab because the camera drives it;
 * - canvas (Firefox, Safari): a hidden <video> plays the camera, a clock in a
 *   worker (not slowed down in background tabs) draws it, and
 *   canvas.captureStream() publishes the result.
 */
import { BackgroundEffectUnsupported, backgroundEffectsSupported, loadSegmenter, type Segmenter } from './segmenter'
import TickerWorker from './ticker_worker.ts?worker'

export type BackgroundEffect = { mode: 'none' | 'blur' | 'image'; imageUrl?: string }

export type BackgroundEffectStats = {
  pipeline: 'breakout-box' | 'canvas' | 'none'
  /** frames published since the start */
  frames: number
  /** published frames per second over the last ~2 seconds */
  fps: number
  /** average time of one segmentation (model only), ms */
  segmentMs: number
  /** average time of one whole frame (copy, segmentation, composition), ms */
  frameMs: number
  /** an image was asked for but could not be loaded: the background is blurred instead */
  imageFailed: boolean
}

export type AppliedBackgroundEffect = {
  /** the processed video track and the input's audio tracks (as they are) */
  stream: MediaStream
  /** stops the processed track and frees what the effect holds; the input's tracks stay the caller's */
  stop(): void
  stats(): BackgroundEffectStats
}

export type BackgroundEffectOptions = {
  /** frames per second at most (default 24) */
  frameRate?: number
  /** 'auto' takes the breakout box where the browser has it; tests force 'canvas' to cover the other path */
  pipeline?: 'auto' | 'canvas'
}

export { BackgroundEffectUnsupported, backgroundEffectsSupported }

const DEFAULT_FRAME_RATE = 24
const SEGMENT_WIDTH = 256
const MAX_OUTPUT = { width: 1280, height: 720 }
/* the background is blurred at 1/4 size with a 4 px radius: ~16 px at full size */
const BLUR_SCALE = 4
const BLUR_RADIUS = 4
/* without ctx.filter (Safari before 18) a strong down- and up-scale is the blur */
const BLUR_SCALE_NO_FILTER = 16

function canvas2d(width = 1, height = 1): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const element = document.createElement('canvas')
  element.width = width
  element.height = height
  const context = element.getContext('2d', { alpha: true })
  if (!context) throw new BackgroundEffectUnsupported('no canvas 2D')
  return [element, context]
}

function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image()
  image.decoding = 'async'
  image.src = url
  return image.decode().then(() => image)
}

/** The picture of one frame: background (blurred or image) with the person on top */
class Compositor {
  readonly canvas: HTMLCanvasElement
  private readonly out: CanvasRenderingContext2D
  private readonly frame: [HTMLCanvasElement, CanvasRenderingContext2D]
  private readonly segment: [HTMLCanvasElement, CanvasRenderingContext2D]
  private readonly mask: [HTMLCanvasElement, CanvasRenderingContext2D]
  private readonly person: [HTMLCanvasElement, CanvasRenderingContext2D]
  private readonly back: [HTMLCanvasElement, CanvasRenderingContext2D]
  private readonly canFilter: boolean
  private width = 0
  private height = 0
  private hasMask = false
  segmentTime = 0
  segmentCount = 0

  constructor(
    private readonly segmenter: Segmenter,
    private readonly image: HTMLImageElement | null
  ) {
    ;[this.canvas, this.out] = canvas2d()
    this.frame = canvas2d()
    this.segment = canvas2d()
    this.mask = canvas2d()
    this.person = canvas2d()
    this.back = canvas2d()
    this.canFilter = typeof this.out.filter === 'string'
  }

  private resize(sourceWidth: number, sourceHeight: number) {
    const scale = Math.min(1, MAX_OUTPUT.width / sourceWidth, MAX_OUTPUT.height / sourceHeight)
    const width = Math.max(2, Math.round((sourceWidth * scale) / 2) * 2)
    const height = Math.max(2, Math.round((sourceHeight * scale) / 2) * 2)
    if (width === this.width && height === this.height) return
    this.width = width
    this.height = height
    this.canvas.width = this.person[0].width = this.frame[0].width = width
    this.canvas.height = this.person[0].height = this.frame[0].height = height
    this.segment[0].width = this.mask[0].width = SEGMENT_WIDTH
    this.segment[0].height = this.mask[0].height = Math.max(2, Math.round((SEGMENT_WIDTH * height) / width))
    this.hasMask = false
    if (this.image) {
      /* the replacement image, cropped to fill (like object-fit: cover), drawn once per size */
      const [back, context] = this.back
      back.width = width
      back.height = height
      const cover = Math.max(width / this.image.naturalWidth, height / this.image.naturalHeight)
      const drawWidth = this.image.naturalWidth * cover
      const drawHeight = this.image.naturalHeight * cover
      context.drawImage(this.image, (width - drawWidth) / 2, (height - drawHeight) / 2, drawWidth, drawHeight)
    } else {
      const scaleDown = this.canFilter ? BLUR_SCALE : BLUR_SCALE_NO_FILTER
      this.back[0].width = Math.max(2, Math.round(width / scaleDown))
      this.back[0].height = Math.max(2, Math.round(height / scaleDown))
    }
  }

  async render(input: CanvasImageSource, sourceWidth: number, sourceHeight: number, enabled: boolean) {
    if (!sourceWidth || !sourceHeight) return false
    this.resize(sourceWidth, sourceHeight)
    const { width, height, out } = this
    if (!enabled) {
      /* the camera is switched off: black, like a disabled track, and no model work */
      out.globalCompositeOperation = 'copy'
      out.fillStyle = '#000'
      out.fillRect(0, 0, width, height)
      return true
    }

    /* the camera's frame (often YUV) is converted once; every later step reads this copy */
    const [source, frameContext] = this.frame
    frameContext.drawImage(input, 0, 0, width, height)
    const [segmentCanvas, segmentContext] = this.segment
    segmentContext.drawImage(source, 0, 0, segmentCanvas.width, segmentCanvas.height)
    const started = performance.now()
    try {
      if (await this.segmenter.segment(segmentCanvas, this.mask[1])) this.hasMask = true
    } catch {
      /* a frame the model could not take: the last mask stands in */
    }
    this.segmentTime += performance.now() - started
    this.segmentCount++

    /* background */
    out.globalCompositeOperation = 'copy'
    out.imageSmoothingEnabled = true
    if (this.image) {
      out.drawImage(this.back[0], 0, 0)
    } else {
      const [small, context] = this.back
      context.globalCompositeOperation = 'copy'
      if (this.canFilter) {
        /* drawn a little larger than the canvas so the blur has no dark rim at the edges */
        const margin = BLUR_RADIUS * 2
        context.filter = `blur(${BLUR_RADIUS}px)`
        context.drawImage(source, -margin, -margin, small.width + margin * 2, small.height + margin * 2)
        context.filter = 'none'
      } else {
        context.drawImage(source, 0, 0, small.width, small.height)
      }
      out.drawImage(small, 0, 0, width, height)
    }

    /* the person, cut out by the (upscaled, so soft-edged) mask */
    if (this.hasMask) {
      const [person, context] = this.person
      context.globalCompositeOperation = 'copy'
      context.drawImage(this.mask[0], 0, 0, person.width, person.height)
      context.globalCompositeOperation = 'source-in'
      context.drawImage(source, 0, 0, person.width, person.height)
      out.globalCompositeOperation = 'source-over'
      out.drawImage(person, 0, 0)
    }
    return true
  }
}

/** Published frame times and work per frame, for stats() */
class Meter {
  frames = 0
  private work = 0
  private times: number[] = []

  record(started: number) {
    const now = performance.now()
    this.frames++
    this.work += now - started
    this.times.push(now)
    while (this.times.length > 2 && now - this.times[0] > 2000) this.times.shift()
  }

  fps() {
    const { times } = this
    if (times.length < 2 || performance.now() - times[times.length - 1] > 1000) return 0
    return ((times.length - 1) * 1000) / (times[times.length - 1] - times[0])
  }

  frameMs() {
    return this.frames ? this.work / this.frames : 0
  }
}

/**
 * `stream` with its video blurred or its background replaced. 'none' returns
 * the stream itself. Rejects with BackgroundEffectUnsupported when this
 * browser cannot run the model (the caller keeps the camera as is).
 */
export async function applyBackgroundEffect(
  stream: MediaStream,
  effect: BackgroundEffect,
  options: BackgroundEffectOptions = {}
): Promise<AppliedBackgroundEffect> {
  const input = stream.getVideoTracks()[0]
  if (effect.mode === 'none' || !input) {
    return {
      stream,
      stop() {},
      stats: () => ({ pipeline: 'none', frames: 0, fps: 0, segmentMs: 0, frameMs: 0, imageFailed: false }),
    }
  }

  const segmenter = await loadSegmenter()
  let image: HTMLImageElement | null = null
  let imageFailed = false
  if (effect.mode === 'image') {
    if (effect.imageUrl) image = await loadImage(effect.imageUrl).catch(() => null)
    imageFailed = !image
  }

  const frameRate = Math.min(30, Math.max(5, options.frameRate ?? DEFAULT_FRAME_RATE))
  const compositor = new Compositor(segmenter, image)
  const meter = new Meter()
  /* our own clone: stop() can end it without ending the caller's camera */
  const source = input.clone()
  const cleanups: Array<() => void> = [() => source.stop()]
  let stopped = false
  let output: MediaStreamTrack

  const stop = () => {
    if (stopped) return
    stopped = true
    output?.stop()
    for (const cleanup of cleanups.splice(0)) {
      try {
        cleanup()
      } catch {
        /* already released */
      }
    }
  }
  /* the caller ending its camera or the published track ends the effect */
  const over = () => stopped || input.readyState === 'ended' || output.readyState === 'ended'

  const breakoutBox =
    options.pipeline !== 'canvas' &&
    typeof MediaStreamTrackProcessor === 'function' &&
    typeof MediaStreamTrackGenerator === 'function' &&
    typeof VideoFrame === 'function'

  if (breakoutBox) {
    const processor = new MediaStreamTrackProcessor({ track: source })
    const generator = new MediaStreamTrackGenerator({ kind: 'video' })
    output = generator
    const reader = processor.readable.getReader()
    const writer = generator.writable.getWriter()
    cleanups.push(
      () => void reader.cancel().catch(() => {}),
      () => void writer.close().catch(() => {})
    )
    /*
     * frames are taken on a schedule of `frameRate` a second (timestamps in
     * µs), the rest skipped; half an interval early is on time, or a camera
     * just above the rate (30 for 24) would lose every other frame
     */
    const intervalUs = 1_000_000 / frameRate
    let due = -Infinity
    void (async () => {
      while (!over()) {
        const { value: frame, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }))
        if (done || !frame) break
        try {
          if (frame.timestamp < due - intervalUs / 2 || over()) continue
          due = Math.max(due + intervalUs, frame.timestamp)
          const started = performance.now()
          const drawn = await compositor.render(frame, frame.displayWidth, frame.displayHeight, input.enabled)
          if (!drawn || over()) continue
          await writer.write(new VideoFrame(compositor.canvas, { timestamp: frame.timestamp }))
          meter.record(started)
        } catch {
          if (over()) break
        } finally {
          frame.close()
        }
      }
      stop()
    })()
  } else {
    if (typeof compositor.canvas.captureStream !== 'function') {
      stop()
      throw new BackgroundEffectUnsupported('no canvas capture')
    }
    const video = document.createElement('video')
    video.muted = true
    video.playsInline = true
    video.srcObject = new MediaStream([source])
    cleanups.push(() => {
      video.pause()
      video.srcObject = null
    })
    await video.play().catch(() => {})
    /* frames are pushed one by one (requestFrame) when drawn: a rate-driven capture drops most of them */
    const captured = compositor.canvas.captureStream(0).getVideoTracks()[0] as CanvasCaptureMediaStreamTrack
    output = captured
    let busy = false
    const tick = () => {
      if (over()) return stop()
      if (busy || video.readyState < 2) return
      busy = true
      const started = performance.now()
      compositor
        .render(video, video.videoWidth, video.videoHeight, input.enabled)
        .then((drawn) => {
          if (!drawn || over()) return
          captured.requestFrame()
          meter.record(started)
        })
        .catch(() => {})
        .finally(() => (busy = false))
    }
    const interval = Math.round(1000 / frameRate)
    try {
      const ticker = new TickerWorker()
      ticker.onmessage = tick
      ticker.postMessage(interval)
      cleanups.push(() => ticker.terminate())
    } catch {
      const timer = window.setInterval(tick, interval)
      cleanups.push(() => window.clearInterval(timer))
    }
  }

  output.addEventListener('ended', stop)
  return {
    stream: new MediaStream([output, ...stream.getAudioTracks()]),
    stop,
    stats: () => ({
      pipeline: breakoutBox ? 'breakout-box' : 'canvas',
      frames: meter.frames,
      fps: Math.round(meter.fps() * 10) / 10,
      segmentMs: compositor.segmentCount ? Math.round((compositor.segmentTime / compositor.segmentCount) * 10) / 10 : 0,
      frameMs: Math.round(meter.frameMs() * 10) / 10,
      imageFailed,
    }),
  }
}
