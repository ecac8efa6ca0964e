import app from '@adonisjs/core/services/app'
import { QueueManager, Worker } from '@boringnode/queue'

/**
 * Runs the jobs waiting in the queue now, as a worker would, and returns when
 * none is left. On the embedded default (the sync adapter) jobs already ran
 * when they were dispatched and this does nothing; on Redis or the database
 * queue it is what makes an e-mail go out in a test.
 */
export async function runQueuedJobs(queues: string[] = ['default', 'mail']) {
  const config = app.config.get<any>('queue')
  if (config.default === 'sync') return
  const adapter = QueueManager.use(config.default)
  const worker = new Worker({
    ...config,
    autoLoadJobs: false,
    jobFactory: QueueManager.getJobFactory(),
    adapters: { [config.default]: () => adapter },
    worker: { ...config.worker, concurrency: 1 },
  })
  for (let cycles = 0; cycles < 10_000; cycles++) {
    const cycle = await worker.processCycle(queues)
    if (!cycle || cycle.type === 'idle') break
  }
  await worker.stop()
}
