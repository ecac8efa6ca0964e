import { useEffect, useRef, useState } from 'react'
import { newAudioContext } from './media_devices'

/** Above this level (0–100) we say "we hear you" */
const HEARING_THRESHOLD = 6
/** Keep saying so this long after the last sound, so the message doesn't flicker between words */
const HOLD_MS = 2000

/**
 * The microphone's loudness (0–100) from a WebAudio AnalyserNode, read ten
 * times a second, and whether we have heard something in the last moments.
 */
export function useMicLevel(stream: MediaStream | null) {
  const [level, setLevel] = useState(0)
  const [hearing, setHearing] = useState(false)
  const lastHeard = useRef(0)

  useEffect(() => {
    setLevel(0)
    setHearing(false)
    if (!stream || stream.getAudioTracks().length === 0) return
    const context = newAudioContext()
    if (!context) return
    const source = context.createMediaStreamSource(stream)
    const analyser = context.createAnalyser()
    analyser.fftSize = 1024
    source.connect(analyser)
    const samples = new Uint8Array(analyser.fftSize)

    /* browsers may start the context suspended until the first touch or key */
    const resume = () => context.state === 'suspended' && context.resume().catch(() => {})
    resume()
    window.addEventListener('pointerdown', resume)
    window.addEventListener('keydown', resume)

    const timer = window.setInterval(() => {
      analyser.getByteTimeDomainData(samples)
      let sum = 0
      for (const sample of samples) {
        const centred = (sample - 128) / 128
        sum += centred * centred
      }
      /* RMS of speech is small: scale so that normal talking fills most of the bar */
      const value = Math.min(100, Math.round(Math.sqrt(sum / samples.length) * 400))
      setLevel(value)
      const now = Date.now()
      if (value >= HEARING_THRESHOLD) lastHeard.current = now
      setHearing(now - lastHeard.current < HOLD_MS)
    }, 100)

    return () => {
      window.clearInterval(timer)
      window.removeEventListener('pointerdown', resume)
      window.removeEventListener('keydown', resume)
      source.disconnect()
      context.close().catch(() => {})
    }
  }, [stream])

  return { level, hearing }
}
