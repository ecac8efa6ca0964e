import { createServer, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'

export type ReceivedMessage = { from: string; to: string[]; data: string }

/**
 * A small SMTP server for tests: accepts every message except for the
 * recipients it was told to refuse, which get a permanent "550 no such
 * user" at RCPT TO, as a real mail server answers.
 */
export async function startSmtpServer(refuse: string[]) {
  const received: ReceivedMessage[] = []
  const server: Server = createServer((socket: Socket) => {
    let buffer = ''
    let inData = false
    let current: ReceivedMessage = { from: '', to: [], data: '' }
    const reply = (line: string) => socket.write(`${line}\r\n`)
    reply('220 test.smtp ESMTP')
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8')
      let index: number
      while ((index = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, index)
        buffer = buffer.slice(index + 2)
        if (inData) {
          if (line === '.') {
            inData = false
            received.push(current)
            current = { from: '', to: [], data: '' }
            reply('250 2.0.0 queued')
          } else {
            current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`
          }
          continue
        }
        const command = line.toUpperCase()
        if (command.startsWith('EHLO') || command.startsWith('HELO')) reply('250 test.smtp')
        else if (command.startsWith('MAIL FROM')) {
          current.from = line.slice(10).trim()
          reply('250 2.1.0 ok')
        } else if (command.startsWith('RCPT TO')) {
          const address = line.slice(8).trim().replace(/[<>]/g, '').toLowerCase()
          if (refuse.includes(address)) reply('550 5.1.1 <' + address + '>: Recipient address rejected: User unknown')
          else {
            current.to.push(address)
            reply('250 2.1.5 ok')
          }
        } else if (command === 'DATA') {
          inData = true
          reply('354 end data with <CR><LF>.<CR><LF>')
        } else if (command === 'RSET') {
          current = { from: '', to: [], data: '' }
          reply('250 ok')
        } else if (command === 'QUIT') {
          reply('221 bye')
          socket.end()
        } else reply('250 ok')
      }
    })
    socket.on('error', () => {})
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
