import type { SettingGroup } from '#core/settings/setting_definition'

/**
 * The advanced settings of an organization (PRODUCT.md 1.8), grouped as the
 * settings page shows them. Behaviour behind some toggles arrives with the
 * module or issue that owns it; the value is stored and editable already.
 */
export const ADVANCED_SETTINGS: SettingGroup[] = [
  {
    key: 'privacy',
    settings: [
      { key: 'strict_department_segregation', type: 'boolean', default: false },
      { key: 'strict_client_segregation', type: 'boolean', default: false },
      { key: 'anonymize_appointments', type: 'boolean', default: false },
      {
        key: 'anonymize_after_days',
        type: 'integer',
        default: 90,
        min: 1,
        max: 3650,
        requires: 'anonymize_appointments',
      },
      { key: 'allow_remote_support', type: 'boolean', default: false },
      { key: 'two_factor', type: 'choice', default: 'off', options: ['off', 'allowed', 'required'] },
    ],
  },
  {
    key: 'appointments',
    settings: [
      { key: 'show_remaining_booking_options', type: 'boolean', default: false },
      { key: 'allow_overlapping_appointments', type: 'boolean', default: false },
      { key: 'allow_force_start', type: 'boolean', default: false },
      { key: 'notify_admins_on_bounce', type: 'boolean', default: true },
      { key: 'do_not_send_emails', type: 'boolean', default: false },
      { key: 'use_client_app', type: 'boolean', default: false },
      { key: 'open_in_browser_on_iphone', type: 'boolean', default: true },
    ],
  },
  {
    key: 'waiting_room',
    settings: [
      { key: 'doorbell_sound', type: 'boolean', default: false },
      { key: 'explainer_animation', type: 'boolean', default: false },
      { key: 'waiting_room_iframe', type: 'boolean', default: false },
      {
        key: 'waiting_room_iframe_url',
        type: 'url',
        default: null,
        requires: 'waiting_room_iframe',
      },
      { key: 'disclaimer', type: 'boolean', default: false },
      { key: 'disclaimer_text', type: 'text', default: null, maxLength: 5000, requires: 'disclaimer' },
      { key: 'questionnaire_in_waiting_room', type: 'boolean', default: false },
    ],
  },
  {
    key: 'consultation_room',
    settings: [
      { key: 'allow_background_effects', type: 'boolean', default: true },
      { key: 'warn_background_replacement', type: 'boolean', default: false },
      { key: 'allow_file_sharing', type: 'boolean', default: true },
      { key: 'allow_screen_sharing', type: 'boolean', default: true },
      { key: 'video_fit', type: 'choice', default: 'cover', options: ['cover', 'contain'] },
      { key: 'settings_screen_first', type: 'boolean', default: false },
      { key: 'allow_resolution_change', type: 'boolean', default: false },
      { key: 'stop_on_webcam_failure', type: 'boolean', default: false },
      { key: 'custom_consultation_room', type: 'boolean', default: false },
      {
        key: 'custom_consultation_room_html',
        type: 'text',
        default: null,
        maxLength: 20000,
        requires: 'custom_consultation_room',
      },
      { key: 'evaluation_survey', type: 'boolean', default: false },
      {
        key: 'evaluation_survey_url',
        type: 'url',
        default: null,
        requires: 'evaluation_survey',
      },
    ],
  },
  {
    key: 'chat',
    settings: [
      { key: 'chat_in_waiting_room', type: 'boolean', default: true },
      { key: 'chat_after_consultation', type: 'boolean', default: true },
      { key: 'chat_delete_after_consultation', type: 'boolean', default: false },
      { key: 'chat_public_widget', type: 'boolean', default: false },
      { key: 'chat_per_department', type: 'boolean', default: false },
    ],
  },
]
