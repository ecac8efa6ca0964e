/*
 * Person segmentation with MediaPipe's selfie-segmentation model, served by
 * the app itself: Vite copies the package's model, graph and wasm files into
 * the build (hashed, same origin), so nothing is fetched from elsewhere.
 * `?url&no-inline` keeps the tiny graph file a real file: a data: URL would be
 * refused by the policy's connect-src 'self'.
 */
import type { Options, Results, SelfieSegmentation } from '@mediapipe/selfie_segmentation'
import solutionUrl from '@mediapipe/selfie_segmentation/selfie_segmentation.js?url&no-inline'
import graphUrl from '@mediapipe/selfie_segmentation/selfie_segmentation.binarypb?url&no-inline'
import landscapeModelUrl from '@mediapipe/selfie_segmentation/selfie_segmentation_landscape.tflite?url&no-inline'
import generalModelUrl from '@mediapipe/selfie_segmentation/selfie_segmentation.tflite?url&no-inline'
import simdLoaderUrl from '@mediapipe/selfie_segmentation/selfie_segmentation_solution_simd_wasm_bin.js?url&no-inline'
import simdWasmUrl from '@mediapipe/selfie_segmentation/selfie_segmentation_solution_simd_wasm_bin.wasm?url&no-inline'
import loaderUrl from '@mediapipe/selfie_segmentation/selfie_segmentation_solution_wasm_bin.js?url&no-inline'
import wasmUrl from '@mediapipe/selfie_segmentation/selfie_segmentation_solution_wasm_bin.wasm?url&no-inline'

/** The package's file names, as its loader asks for them, and where the app serves each */
const FILES: Record<string, string> = {
  'selfie_segmentation.binarypb': graphUrl,
  'selfie_segmentation_landscape.tflite': landscapeModelUrl,
  'selfie_segmentation.tflite': generalModelUrl,
  'selfie_segmentation_solution_simd_wasm_bin.js': simdLoaderUrl,
  'selfie_segmentation_solution_simd_wasm_bin.wasm': simdWasmUrl,
  'selfie_segmentation_solution_wasm_bin.js': loaderUrl,
  'selfie_segmentation_solution_wasm_bin.wasm': wasmUrl,
}

export class BackgroundEffectUnsupported extends Error {
  constructor(reason: string) {
    super(`Background effects are not available in this browser: ${reason}`)
    this.name = 'BackgroundEffectUnsupported'
  }
}

/**
 * What the browser needs: WebAssembly, WebGL (the model's graph moves images
 * through WebGL even with inference on the CPU; without it the package would
 * alert()), and a way to turn a canvas into a video track.
 */
export function backgroundEffectsSupported(): boolean {
  return unsupportedReason() === null
}

function unsupportedReason(): string | null {
  if (typeof window === 'undefined' || typeof document === 'undefined') return 'no window'
  if (typeof WebAssembly !== 'object') return 'no WebAssembly'
  const canvas = document.createElement('canvas')
  if (typeof canvas.captureStream !== 'function' && typeof MediaStreamTrackGenerator !== 'function') {
    return 'no canvas capture'
  }
  if (webglAvailable === null) {
    const probe = document.createElement('canvas')
    const gl = probe.getContext('webgl2') ?? probe.getContext('webgl')
    webglAvailable = Boolean(gl)
    ;(gl as WebGLRenderingContext | null)?.getExtension('WEBGL_lose_context')?.loseContext()
  }
  if (!webglAvailable) return 'no WebGL'
  return null
}
let webglAvailable: boolean | null = null

declare global {
  interface Window {
    SelfieSegmentation?: typeof SelfieSegmentation
  }
}

let scriptLoading: Promise<typeof SelfieSegmentation> | null = null

function loadSolutionScript(): Promise<typeof SelfieSegmentation> {
  if (window.SelfieSegmentation) return Promise.resolve(window.SelfieSegmentation)
  if (!scriptLoading) {
    scriptLoading = new Promise((resolve, reject) => {
      const script = document.createElement('script')
      script.src = solutionUrl
      script.async = true
      script.onload = () =>
        window.SelfieSegmentation
          ? resolve(window.SelfieSegmentation)
          : reject(new BackgroundEffectUnsupported('the segmentation script did not load'))
      script.onerror = () => {
        scriptLoading = null
        script.remove()
        reject(new BackgroundEffectUnsupported('the segmentation script did not load'))
      }
      document.head.appendChild(script)
    })
  }
  return scriptLoading
}

/**
 * One model instance for the page, shared by every effect (the settings
 * preview and the room may run at once). Frames are segmented one at a time:
 * the package reports results through one listener.
 */
class Segmenter {
  private queue: Promise<unknown> = Promise.resolve()
  private latest: Results | null = null

  constructor(private readonly solution: SelfieSegmentation) {
    solution.onResults((results) => {
      this.latest = results
    })
  }

  /**
   * The person mask of `image` (alpha = how sure the model is that a pixel
   * belongs to a person), drawn into `into` before the next frame may
   * overwrite the package's output.
   */
  segment(image: HTMLCanvasElement, into: CanvasRenderingContext2D): Promise<boolean> {
    const run = async () => {
      this.latest = null
      await this.solution.send({ image })
      const mask = this.result()?.segmentationMask
      if (!mask) return false
      into.globalCompositeOperation = 'copy'
      into.drawImage(mask, 0, 0, into.canvas.width, into.canvas.height)
      if ('close' in mask && typeof mask.close === 'function') mask.close()
      return true
    }
    const result = this.queue.then(run, run)
    this.queue = result.catch(() => undefined)
    return result
  }

  /* read through a method: the listener sets it during send() */
  private result(): Results | null {
    return this.latest
  }
}

let segmenter: Promise<Segmenter> | null = null

export function loadSegmenter(): Promise<Segmenter> {
  const reason = unsupportedReason()
  if (reason) return Promise.reject(new BackgroundEffectUnsupported(reason))
  if (!segmenter) {
    segmenter = (async () => {
      const Solution = await loadSolutionScript()
      const solution = new Solution({
        locateFile: (file) => {
          const url = FILES[file]
          if (!url) throw new BackgroundEffectUnsupported(`unknown model file ${file}`)
          return url
        },
      })
      /*
       * The landscape model (256x144 input) is the lighter one; inference on the
       * CPU (XNNPACK) takes ~15 ms a frame and does not depend on a fast GPU
       * (the package's GPU inference took ~100 ms on a software WebGL).
       */
      solution.setOptions({ modelSelection: 1, selfieMode: false, useCpuInference: true } as Options)
      try {
        await solution.initialize()
      } catch (error) {
        /* e.g. a policy that forbids compiling WebAssembly, or a file that did not load */
        void solution.close().catch(() => {})
        throw new BackgroundEffectUnsupported(error instanceof Error ? error.message : String(error))
      }
      return new Segmenter(solution)
    })()
    segmenter.catch(() => {
      segmenter = null
    })
  }
  return segmenter
}

export type { Segmenter }
