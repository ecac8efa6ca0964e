import { randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Platform support staff stand outside every organization, so no
 * organization admin can create them: this command does, and prints a
 * one-time password (or sets a new one when the person already exists).
 */
export default class CreateSupportUser extends BaseCommand {
  static commandName = 'support:create'
  static description = 'Create a platform support staff account (or reset its password)'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'E-mail address' })
  declare email: string

  @args.string({ description: 'Full name', required: false })
  declare fullName?: string

  @flags.string({ description: 'Password to set (a random one is generated otherwise)' })
  declare password?: string

  async run() {
    const { default: User } = await import('#models/user')
    const { default: tenancy } = await import('#core/tenancy/tenancy')
    const email = this.email.trim().toLowerCase()
    const password = this.password ?? randomBytes(12).toString('base64url')

    await tenancy.run(null, async () => {
      const existing = await User.findBy('email', email)
      const user = existing ?? new User()
      user.merge({
        email,
        fullName: this.fullName ?? existing?.fullName ?? email,
        role: 'support',
        password,
        passwordSetAt: DateTime.now(),
        isActive: true,
      })
      await user.save()
    })
    this.logger.success(`Support account ${email} is ready. Password: ${password}`)
    this.logger.info('Log in on the bare domain, e.g. http://localhost:3333/login')
  }
}
