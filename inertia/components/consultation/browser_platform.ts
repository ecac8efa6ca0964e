/**
 * Which browser on which device the patient uses, read from the user agent,
 * so the device check can say where exactly to allow the camera and the
 * microphone. Pure (no window, no navigator): the unit tests feed it real
 * user-agent strings (modules/consultation/tests/unit/browser_platform.spec.ts).
 *
 * - ios_safari: Safari on an iPhone or iPad, also an iPad that reports itself
 *   as a Mac (iPadOS asks for desktop sites: a Mac user agent, but a touch screen)
 * - ios_other: Chrome, Firefox, Edge, … on an iPhone or iPad
 * - android_chrome: Chrome on Android
 * - android_other: Samsung Internet, Firefox, Edge, Opera, … on Android
 * - in_app: a page opened inside another app (Facebook, Instagram, Gmail,
 *   LinkedIn, an Android or iOS web view): often no camera at all
 * - desktop_chrome: Chrome, Edge and other Chromium browsers on a computer
 * - firefox: Firefox on a computer
 * - mac_safari: Safari on a Mac
 * - other: anything else (the generic help)
 */
export type BrowserPlatform =
  | 'ios_safari'
  | 'ios_other'
  | 'android_chrome'
  | 'android_other'
  | 'in_app'
  | 'desktop_chrome'
  | 'firefox'
  | 'mac_safari'
  | 'other'

/* the apps whose built-in browser announces itself */
const IN_APP = /FBAN|FBAV|FB_IAB|FB4A|Instagram|LinkedInApp|Snapchat|Twitter|MicroMessenger|\bLine\/|GSA\/|Pinterest|TikTok|musical_ly|Bytedance|WhatsApp|Outlook-iOS|Gmail/i

/** Other browsers on iOS (all WebKit underneath, but with their own entry in the iOS Settings app) */
const IOS_BROWSER = /CriOS|FxiOS|EdgiOS|OPiOS|OPT\/|YaBrowser|DuckDuckGo|Brave/i

export function browserPlatform(userAgent: string, maxTouchPoints = 0): BrowserPlatform {
  const ua = userAgent ?? ''
  const ios = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && maxTouchPoints > 1)
  const android = /Android/i.test(ua)

  if (IN_APP.test(ua)) return 'in_app'

  if (ios) {
    if (IOS_BROWSER.test(ua)) return 'ios_other'
    /* Safari (and the iPad "desktop" Safari) says "Safari/"; a web view inside an app does not */
    if (/Safari\//.test(ua)) return 'ios_safari'
    return 'in_app'
  }

  if (android) {
    /* an Android web view marks itself "; wv)" */
    if (/;\s*wv\)/.test(ua)) return 'in_app'
    if (/SamsungBrowser|Firefox|EdgA|OPR|Opera|UCBrowser|YaBrowser|MiuiBrowser|HuaweiBrowser|Silk/i.test(ua)) return 'android_other'
    if (/Chrome\//.test(ua)) return 'android_chrome'
    return 'android_other'
  }

  if (/Firefox\//.test(ua) && !/Seamonkey/i.test(ua)) return 'firefox'
  if (/Edg\/|Chrome\/|Chromium\//.test(ua)) return 'desktop_chrome'
  if (/Macintosh/.test(ua) && /Version\/[\d.]+.*Safari\//.test(ua)) return 'mac_safari'
  return 'other'
}

/** How many numbered steps each platform's help has (devices.help.<platform>.step_1 … step_n) */
export const HELP_STEPS: Record<Exclude<BrowserPlatform, 'other'>, number> = {
  ios_safari: 3,
  ios_other: 3,
  android_chrome: 3,
  android_other: 2,
  in_app: 2,
  desktop_chrome: 2,
  firefox: 2,
  mac_safari: 2,
}
