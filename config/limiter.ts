import env from '#start/env'
import { defineConfig, stores } from '@adonisjs/limiter'

/* Memory on one machine; redis when several instances must share counters */
const limiterConfig = defineConfig({
  default: env.get('LIMITER_STORE', 'memory') === 'redis' ? 'redis' : 'memory',
  stores: {
    redis: stores.redis({ connectionName: 'main' }),
    memory: stores.memory({}),
  },
})

export default limiterConfig

declare module '@adonisjs/limiter/types' {
  export interface LimitersList extends InferLimiters<typeof limiterConfig> {}
}
