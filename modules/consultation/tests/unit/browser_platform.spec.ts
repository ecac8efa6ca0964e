import { test } from '@japa/runner'

/*
 * The detection lives with the front end (inertia/, a TypeScript project of its
 * own that the server's tsconfig may not import from): loaded by address, so
 * the same pure function the device check uses is tested here.
 */
const source = new URL('../../../../inertia/components/consultation/browser_platform.ts', import.meta.url).href
const { browserPlatform } = (await import(source)) as { browserPlatform: (userAgent: string, maxTouchPoints?: number) => string }

/* real user-agent strings, as the browsers send them */
const UA = {
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  ipadSafari:
    'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  /* iPadOS asks for the desktop site: it says Mac */
  ipadAsMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  iphoneFirefox:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/127.0 Mobile/15E148 Safari/605.1.15',
  iphoneEdge:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/125.2535.60 Mobile/15E148 Safari/605.1.15',
  iphoneFacebook:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.5;FBSS/3;FBID/phone;FBLC/nl_NL;FBOP/5]',
  iphoneInstagram:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 334.0.4.32.98 (iPhone14,5; iOS 17_5; nl_NL; nl; scale=3.00; 1170x2532; 606558418)',
  iphoneGoogleApp:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/321.0.645657286 Mobile/15E148 Safari/604.1',
  /* a web view inside some app (e.g. an e-mail app): no "Safari/" */
  iphoneWebView: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile Safari/537.36',
  androidSamsung:
    'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
  androidFirefox: 'Mozilla/5.0 (Android 14; Mobile; rv:127.0) Gecko/127.0 Firefox/127.0',
  androidWebView:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240605.024; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36',
  androidFacebook:
    'Mozilla/5.0 (Linux; Android 14; SM-S911B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/470.0.0.45.77;]',
  androidGmail:
    'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36 Gmail/2024.06',
  windowsChrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  windowsEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.68',
  macChrome: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  linuxChromium: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  windowsFirefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0',
  macFirefox: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
}

test.group('Device check | which browser on which device (for the permission help)', () => {
  test('Safari on an iPhone or iPad, also an iPad that says it is a Mac', ({ assert }) => {
    assert.equal(browserPlatform(UA.iphoneSafari, 5), 'ios_safari')
    assert.equal(browserPlatform(UA.ipadSafari, 5), 'ios_safari')
    assert.equal(browserPlatform(UA.ipadAsMac, 5), 'ios_safari')
  })

  test('a Mac without a touch screen is a Mac, Safari there gets the Mac steps', ({ assert }) => {
    assert.equal(browserPlatform(UA.ipadAsMac, 0), 'mac_safari')
    assert.equal(browserPlatform(UA.macSafari), 'mac_safari')
  })

  test('Chrome, Firefox and Edge on an iPhone are allowed in the iPhone settings under their own name', ({ assert }) => {
    assert.equal(browserPlatform(UA.iphoneChrome, 5), 'ios_other')
    assert.equal(browserPlatform(UA.iphoneFirefox, 5), 'ios_other')
    assert.equal(browserPlatform(UA.iphoneEdge, 5), 'ios_other')
  })

  test('Chrome on Android, and the other Android browsers', ({ assert }) => {
    assert.equal(browserPlatform(UA.androidChrome, 5), 'android_chrome')
    assert.equal(browserPlatform(UA.androidSamsung, 5), 'android_other')
    assert.equal(browserPlatform(UA.androidFirefox, 5), 'android_other')
  })

  test('a link opened inside Facebook, Instagram, Gmail, the Google app or another app’s web view', ({ assert }) => {
    for (const ua of [
      UA.iphoneFacebook,
      UA.iphoneInstagram,
      UA.iphoneGoogleApp,
      UA.iphoneWebView,
      UA.androidWebView,
      UA.androidFacebook,
      UA.androidGmail,
    ]) {
      assert.equal(browserPlatform(ua, 5), 'in_app', ua)
    }
  })

  test('computers: Chrome, Edge and Chromium share the steps; Firefox has its own', ({ assert }) => {
    assert.equal(browserPlatform(UA.windowsChrome), 'desktop_chrome')
    assert.equal(browserPlatform(UA.windowsEdge), 'desktop_chrome')
    assert.equal(browserPlatform(UA.macChrome), 'desktop_chrome')
    assert.equal(browserPlatform(UA.linuxChromium), 'desktop_chrome')
    assert.equal(browserPlatform(UA.windowsFirefox), 'firefox')
    assert.equal(browserPlatform(UA.macFirefox), 'firefox')
  })

  test('anything unknown or empty gets the general help', ({ assert }) => {
    assert.equal(browserPlatform(''), 'other')
    assert.equal(browserPlatform('curl/8.5.0'), 'other')
    assert.equal(browserPlatform(undefined as unknown as string), 'other')
  })
})
