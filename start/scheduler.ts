/*
| Recurring jobs. Only a running server or worker schedules them (mode "run"),
| never tests, code generation or one-off ace commands.
*/
import app from '@adonisjs/core/services/app'

if (app.getMode() === 'run') {
  // Scheduled jobs of later issues (reminders, nightly reports, anonymization) register here.
}
