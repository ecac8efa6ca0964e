/*
 * Breakout-box (mediacapture-transform) as Chromium ships it on the main
 * thread; TypeScript's DOM library does not declare it yet. Code checks that
 * the constructors exist before it uses them.
 */
declare global {
  interface MediaStreamTrackProcessorInit {
    track: MediaStreamTrack
    maxBufferSize?: number
  }
  class MediaStreamTrackProcessor {
    constructor(init: MediaStreamTrackProcessorInit)
    readonly readable: ReadableStream<VideoFrame>
  }
  interface MediaStreamTrackGeneratorInit {
    kind: 'audio' | 'video'
  }
  class MediaStreamTrackGenerator extends MediaStreamTrack {
    constructor(init: MediaStreamTrackGeneratorInit)
    readonly writable: WritableStream<VideoFrame>
  }
}

export {}
