import { Job } from '@adonisjs/queue'
import logger from '@adonisjs/core/services/logger'
import Organization from '#models/organization'
import ModuleSwitch from '#services/module_switch'
import tenancy from '#core/tenancy/tenancy'

export type ModuleJobPayload = { organizationId: number }

/**
 * Base class of every job a feature module dispatches for one organization.
 * When it runs, the organization must still exist and still have the module
 * switched on; otherwise the job is skipped (a module switched off after the
 * job was queued does nothing). The work itself runs inside the
 * organization's tenancy scope.
 */
export default abstract class ModuleJob<Payload extends ModuleJobPayload> extends Job<Payload> {
  /** The manifest key of the module that owns this job */
  protected abstract readonly module: string

  protected abstract handle(organization: Organization): Promise<void>

  /** Whether the last execute() skipped the work, for logs and tests */
  skipped = false

  async execute() {
    const organization = await Organization.find(this.payload.organizationId)
    const enabled = organization ? await new ModuleSwitch(organization).isEnabled(this.module) : false
    if (!organization || !enabled) {
      this.skipped = true
      logger.info({ module: this.module, organizationId: this.payload.organizationId }, 'module job skipped')
      return
    }
    await tenancy.run(organization, () => this.handle(organization))
  }
}
